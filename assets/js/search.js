// scrutiny: the search box on the A to Z page (docs/search.md).
//
// Without JavaScript the page is the A to Z and the box stays hidden. With it, the box appears;
// when a visitor first focuses it, this script fetches search/documents.json (every commitment,
// measure, meeting, glossary entry and page with its text), indexes it with MiniSearch (loaded
// before this script), and lists the matches as the visitor types, saying how many through the
// page's live region. The words it shows come from the page (data-* attributes), so a site in
// another language translates them in its translation table. Plain modern JavaScript.
(function () {
  'use strict';

  var form = document.querySelector('.search-form[data-documents]');
  var status = document.querySelector('.search-status');
  var list = document.getElementById('search-results');
  if (!form || !status || !list || typeof window.MiniSearch !== 'function' || typeof window.fetch !== 'function') return;
  var input = form.querySelector('input[type="search"]');

  // Words are letters and digits; a dot, '&' or '-' between them stays part of the word, so a
  // ref ("3.10"), an abbreviation ("A&A") and "county-lines" are found whole.
  function tokenize(text) {
    return text.split(/[^\p{L}\p{N}.&'’-]+/u);
  }
  function processTerm(term) {
    var t = term.toLowerCase().replace(/^[.&'’-]+|[.&'’-]+$/g, '');
    return t.length ? t : null;
  }

  var index = null;
  var loading = null;
  function load() {
    if (!loading) {
      loading = fetch(form.getAttribute('data-documents'))
        .then(function (r) {
          if (!r.ok) throw new Error(r.status);
          return r.json();
        })
        .then(function (docs) {
          var root = new URL(form.getAttribute('data-root'), document.baseURI);
          var mini = new window.MiniSearch({
            fields: ['title', 'ref', 'text'],
            storeFields: ['title', 'kind', 'href'],
            tokenize: tokenize,
            processTerm: processTerm,
            searchOptions: {
              boost: { ref: 4, title: 2 },
              combineWith: 'AND',
              prefix: function (term) { return term.length >= 3; },
              fuzzy: function (term) { return term.length >= 5 ? 0.2 : false; }
            }
          });
          mini.addAll(docs.map(function (d, i) {
            return { id: i, title: d.title, ref: d.ref || '', text: d.text, kind: d.kind, href: new URL(d.url, root).href };
          }));
          index = mini;
          return mini;
        });
      loading.catch(function () { loading = null; });  // try again on the next keystroke
    }
    return loading;
  }

  function countText(n) {
    return form.getAttribute(n === 1 ? 'data-one' : 'data-other').replace('{count}', String(n));
  }

  function show(query) {
    var results = query.trim() ? index.search(query) : [];
    list.textContent = '';
    results.forEach(function (r) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = r.href;
      a.textContent = r.title;
      var kind = document.createElement('span');
      kind.className = 'meta';
      kind.textContent = r.kind;
      li.appendChild(a);
      li.appendChild(document.createTextNode(' '));
      li.appendChild(kind);
      list.appendChild(li);
    });
    list.hidden = results.length === 0;
    status.textContent = !query.trim() ? '' : (results.length ? countText(results.length) : form.getAttribute('data-none'));
  }

  // Results follow the typing; the count is announced once the visitor pauses, not per key.
  var timer = 0;
  function update() {
    clearTimeout(timer);
    var query = input.value;
    timer = setTimeout(function () {
      load().then(function () {
        if (input.value === query) show(query);
      }, function () { /* the A to Z is still there */ });
    }, 150);
  }

  form.hidden = false;
  input.addEventListener('focus', load, { once: true });
  input.addEventListener('input', update);
  // Enter does not reload the page: the results are already below the box.
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    update();
  });
  if (input.value) update();  // a value kept by the browser on back/forward
})();
