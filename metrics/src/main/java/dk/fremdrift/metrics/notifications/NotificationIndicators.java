package dk.fremdrift.metrics.notifications;

import dk.fremdrift.metrics.Indicator;

/**
 * The standard indicators of notifications of concern (underretninger), each in a file of its own. Not API: the
 * indicators reach vendors through {@code Indicators.standard()} and the reports.
 */
public final class NotificationIndicators {

    /** Notifications received in the period. */
    public static final Indicator NOTIFICATIONS_RECEIVED = NotificationsReceived.INDICATOR;

    /** Notifications per child notified in the period. */
    public static final Indicator NOTIFICATIONS_PER_CHILD = NotificationsPerChild.INDICATOR;

    /** Notifications within 12 months of an earlier one about the same child. */
    public static final Indicator REPEAT_NOTIFICATIONS_12M = RepeatNotifications.INDICATOR;

    private NotificationIndicators() {}
}
