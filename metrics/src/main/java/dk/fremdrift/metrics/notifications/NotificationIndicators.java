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

    /** Screened notifications the screening ended with no action. */
    public static final Indicator NOTIFICATIONS_NO_ACTION = NotificationsNoAction.INDICATOR;

    /** Notifications ended with no action followed by a new one within 6 months. */
    public static final Indicator RENOTIFIED_AFTER_NO_ACTION_6M = RenotifiedAfterNoAction.SIX_MONTHS;

    /** Notifications ended with no action followed by a new one within 12 months. */
    public static final Indicator RENOTIFIED_AFTER_NO_ACTION_12M = RenotifiedAfterNoAction.TWELVE_MONTHS;

    /** Notifications about a child who already had support or a placement. */
    public static final Indicator NOTIFICATIONS_ABOUT_SUPPORTED = NotificationsAboutSupported.INDICATOR;

    private NotificationIndicators() {}
}
