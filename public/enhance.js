// Runs before the first paint (a small classic script, no inline code, so strict CSPs allow it):
// tells the CSS that scripts run, applies ?theme=, and hides the prerendered bundled story when
// ?src= is about to replace it.
(function () {
  var root = document.documentElement;
  root.classList.add('ql-js');
  var params = new URLSearchParams(window.location.search);
  var theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  if (params.get('src')) root.classList.add('ql-replacing');
})();
