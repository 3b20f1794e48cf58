// Runs first: anything that goes wrong while the page draws (a script error, a blocked request, a
// console.error) is shown at the top of the page instead of leaving a chart silently blank; the tests
// read this element to prove the page renders cleanly.
(function () {
  var box = document.getElementById('report-errors');
  function note(message) {
    box.hidden = false;
    box.textContent += message + '\n';
  }
  window.slantError = note;
  window.addEventListener('error', function (e) {
    var where = e.filename ? ' (' + e.filename + ':' + e.lineno + ')' : '';
    var what = e.message || ('failed to load ' + ((e.target && (e.target.src || e.target.href)) || 'a resource'));
    note('error: ' + what + where);
  }, true);
  window.addEventListener('unhandledrejection', function (e) {
    note('error: ' + (e.reason && e.reason.message ? e.reason.message : String(e.reason)));
  });
  document.addEventListener('securitypolicyviolation', function (e) {
    note('blocked request: ' + e.blockedURI + ' (' + e.violatedDirective + ')');
  });
  var original = console.error;
  console.error = function () {
    note('console.error: ' + Array.prototype.map.call(arguments, String).join(' '));
    original.apply(console, arguments);
  };
})();
