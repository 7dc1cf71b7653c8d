// Cockpit formats dates with fixed patterns (start times as 2026-11-20T09:00:00) and ignores config.js'
// dateFormat, which Tasklist reads. Apply config.js' dateFormat the way Tasklist does: after Cockpit's own
// settings, as the configuration block of its custom module, which runs last.
window.angular.module('cam.cockpit.custom').config(['camDateFormatProvider', 'configurationProvider',
  function (dates, configuration) {
    ['monthName', 'day', 'abbr', 'normal', 'long', 'short'].forEach(function (name) {
      dates.setDateFormat(configuration.getDateFormat(name), name);
    });
  }]);
export default [];
