// Runs the query of the query page against the SPARQL endpoint and shows the results.
// Results are inserted with textContent only, never as markup.
(function () {
  const form = document.getElementById('query-form');
  const editor = document.getElementById('query');
  const results = document.getElementById('results');
  const status = document.getElementById('status');
  const base = form.dataset.base;
  const prefix = form.dataset.prefix;

  document.getElementById('example').addEventListener('change', function (event) {
    editor.value = document.getElementById('example-' + event.target.value).value;
  });

  function cell(term) {
    const td = document.createElement('td');
    if (!term) { return td; }
    if (term.type === 'uri' && /^https?:\/\//.test(term.value)) {
      const a = document.createElement('a');
      a.href = term.value.startsWith(base) ? prefix + '/' + term.value.substring(base.length) : term.value;
      a.textContent = term.value;
      td.appendChild(a);
    } else {
      td.textContent = term.value;
    }
    return td;
  }

  function table(json) {
    const t = document.createElement('table');
    t.className = 'results';
    const head = t.createTHead().insertRow();
    json.head.vars.forEach(function (v) {
      const th = document.createElement('th');
      th.textContent = v;
      head.appendChild(th);
    });
    const body = t.createTBody();
    json.results.bindings.forEach(function (row) {
      const tr = body.insertRow();
      json.head.vars.forEach(function (v) { tr.appendChild(cell(row[v])); });
    });
    return t;
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    status.textContent = 'Running…';
    results.replaceChildren();
    const started = performance.now();
    fetch(form.dataset.endpoint, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'Accept': 'application/sparql-results+json, text/turtle;q=0.9'
      },
      body: 'query=' + encodeURIComponent(editor.value)
    }).then(function (response) {
      const type = response.headers.get('Content-Type') || '';
      return response.text().then(function (text) { return { ok: response.ok, status: response.status, type: type, text: text }; });
    }).then(function (r) {
      const ms = Math.round(performance.now() - started);
      if (!r.ok) {
        // in words: a federated query (SERVICE) may fail because Wikidata or another endpoint did
        const words = {
          400: 'The query could not be run',
          406: 'No result format both sides know',
          502: 'A remote endpoint (such as Wikidata) failed or could not be reached',
          503: 'The server or a remote endpoint is busy: try again in a moment',
          504: 'A remote endpoint (such as Wikidata) did not answer in time'
        };
        status.textContent = (words[r.status] || 'Error') + ' (HTTP ' + r.status + ')';
        const pre = document.createElement('pre');
        pre.className = 'error';
        pre.textContent = r.text;
        results.appendChild(pre);
      } else if (r.type.indexOf('json') >= 0) {
        const json = JSON.parse(r.text);
        if (json.boolean !== undefined) {
          status.textContent = 'Answer: ' + json.boolean + ' (' + ms + ' ms)';
        } else {
          status.textContent = json.results.bindings.length + ' rows (' + ms + ' ms)';
          results.appendChild(table(json));
        }
      } else {
        status.textContent = 'Done (' + ms + ' ms)';
        const pre = document.createElement('pre');
        pre.textContent = r.text;
        results.appendChild(pre);
      }
    }).catch(function (error) {
      status.textContent = 'Error: ' + error;
    });
  });
})();
