// Runs before the first paint (a small classic script, no inline code, so strict CSPs allow it):
// tells the CSS that scripts run, applies ?theme=, and when ?src= is about to replace the
// prerendered bundled story, hides it and starts fetching the new one.
(function () {
  var root = document.documentElement;
  root.classList.add('ql-js');
  var params = new URLSearchParams(window.location.search);
  var theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  var src = params.get('src');
  if (src) {
    root.classList.add('ql-replacing');
    // Fetch the validator's code now as well, in parallel with the app's (the build names it).
    var parser = document.querySelector('meta[name="ql-parse-chunk"]');
    if (parser) {
      parser
        .getAttribute('content')
        .split(' ')
        .forEach(function (href) {
          var preload = document.createElement('link');
          preload.rel = 'modulepreload';
          preload.crossOrigin = '';
          preload.href = href;
          document.head.appendChild(preload);
        });
    }
    // Start fetching the story now, in parallel with the app's JavaScript (see loadStory).
    try {
      var url = new URL(src, window.location.href).href;
      var response = fetch(url, { credentials: 'omit' });
      response.catch(function () {}); // the app reports failures: no unhandled rejection
      window.quotelinePrefetch = { url: url, response: response };
    } catch {
      // An invalid URL: the app reports it.
    }
  }
})();
