(function () {
  'use strict';
  // The page reads the same without this script: it only adds two buttons.
  var notes = document.getElementById('notes');
  var tools = document.getElementById('tools');
  if (notes && tools) {
    var toggle = document.createElement('button');
    toggle.type = 'button';
    toggle.setAttribute('aria-controls', 'notes');
    var show = function (visible) {
      if (visible) {
        notes.removeAttribute('hidden');
      } else {
        notes.setAttribute('hidden', '');
      }
      toggle.textContent = tools.getAttribute(visible ? 'data-hide' : 'data-show');
      toggle.setAttribute('aria-expanded', String(visible));
    };
    toggle.addEventListener('click', function () {
      show(notes.hasAttribute('hidden'));
    });
    show(true);
    tools.appendChild(toggle);

    var print = document.createElement('button');
    print.type = 'button';
    print.textContent = tools.getAttribute('data-print');
    print.addEventListener('click', function () {
      window.print();
    });
    tools.appendChild(print);

    // A link to a note shows the notes first, so the link always lands.
    var links = document.querySelectorAll('a[href^="#fn-"]');
    for (var i = 0; i < links.length; i++) {
      links[i].addEventListener('click', function () {
        show(true);
      });
    }
    window.addEventListener('beforeprint', function () {
      show(true);
    });
  }
  document.body.setAttribute('data-ready', 'true');
})();
