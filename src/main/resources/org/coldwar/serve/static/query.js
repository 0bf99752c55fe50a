// The query page: YASGUI (vendored, see static/yasgui/README.md) over our endpoint, with the
// release's prefixes and the example queries. Without JavaScript, or if YASGUI fails to load,
// the page keeps its plain form, which submits to the endpoint. Everything that comes from data
// or from the server is inserted as text, never as markup.
(function () {
  'use strict';
  if (typeof Yasgui === 'undefined') {
    return;
  }
  const settings = JSON.parse(document.getElementById('query-settings').textContent);
  const form = document.getElementById('query-form');
  const container = document.getElementById('yasgui');
  const params = new URLSearchParams(location.search);
  // Relative to the page, so that it is right behind a proxy that mounts the site below a prefix.
  const endpoint = new URL('sparql', location.href).href;
  const page = new URL('query', location.href).href;

  function permalink(query) {
    return page + '?query=' + encodeURIComponent(query);
  }

  // Offline and private: the class and property autocompleters would ask lov.linkeddata.es.
  const Yasqe = Yasgui.Yasqe;
  Yasqe.defaults.autocompleters = Yasqe.defaults.autocompleters.filter(function (name) {
    return name !== 'class' && name !== 'property';
  });
  // Prefix autocompletion: the release's prefixes, and those bundled with YASQE that we do not define.
  const ours = Object.keys(settings.prefixes).map(function (p) { return p + ': <' + settings.prefixes[p] + '>'; });
  const bundled = Yasqe.Autocompleters.prefixes.get;
  Yasqe.Autocompleters.prefixes.get = function (yasqe, token) {
    return Promise.resolve(bundled.call(this, yasqe, token)).then(function (list) {
      return ours.concat(list.filter(function (line) {
        return !Object.prototype.hasOwnProperty.call(settings.prefixes, line.split(':')[0]);
      }));
    });
  };
  // YASGUI's share button gives this page's permalink, which works without JavaScript too.
  Yasgui.Tab.prototype.getShareableLink = function () {
    return permalink(this.getQuery());
  };
  // A failed query explained in words: a federated query (SERVICE) may fail because Wikidata or
  // another endpoint did; YASR shows the response itself below.
  const words = {
    400: 'The query could not be run',
    406: 'No result format both sides know',
    502: 'A remote endpoint (such as Wikidata) failed or could not be reached',
    503: 'The server or a remote endpoint is busy: try again in a moment',
    504: 'A remote endpoint (such as Wikidata) did not answer in time'
  };
  // YASQE keeps the response's text only, so the status of the endpoint's last answer is noted here.
  let lastStatus;
  const fetchOriginal = window.fetch;
  window.fetch = function () {
    return fetchOriginal.apply(this, arguments).then(function (response) {
      if (response.url.split('?')[0] === endpoint) {
        lastStatus = response.status;
      }
      return response;
    });
  };
  Yasgui.Yasr.defaults.errorRenderers = [function (error) {
    const status = error.status || lastStatus;
    const div = document.createElement('div');
    div.className = 'query-error';
    const p = document.createElement('p');
    p.className = 'error';
    p.textContent = (words[status] || 'The query failed') + (status ? ' (HTTP ' + status + ')' : '');
    const pre = document.createElement('pre');
    pre.textContent = error.text || error.statusText || '';
    div.append(p, pre);
    return Promise.resolve(div);
  }];

  const common = ['rdf', 'rdfs', 'cw', 'entity', 'prov', 'oa'].filter(function (p) { return settings.prefixes[p]; });
  const newTabQuery = common.map(function (p) { return 'PREFIX ' + p + ': <' + settings.prefixes[p] + '>\n'; }).join('')
      + 'SELECT * WHERE {\n  ?claim a cw:Claim ; rdf:subject ?subject ; rdf:predicate ?property ; rdf:object ?value .\n} LIMIT 10\n';
  const opened = (params.get('query') || '').trim() !== '' || settings.example !== undefined;

  form.hidden = true;
  container.hidden = false;
  const yasgui = new Yasgui(container, {
    requestConfig: { endpoint: endpoint, method: 'POST' },
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    copyEndpointOnNewTab: false,
    populateFromUrl: false,  // done below: only ?query= and ?example=, never another endpoint or headers
    autoAddOnInit: !opened,
    persistenceId: 'coldwar-query',
    yasqe: { value: newTabQuery },
    yasr: { prefixes: settings.prefixes }
  });
  // Tabs kept from an earlier visit query this server, wherever it ran then.
  yasgui.persistentConfig.getTabs().forEach(function (id) {
    const tab = yasgui.getTab(id);
    if (tab && tab.getEndpoint() !== endpoint) {
      tab.setEndpoint(endpoint);
    }
  });

  function open(query, name, run) {
    // a tab kept from an earlier visit with the same query is reused
    let tab = yasgui.persistentConfig.getTabs().map(function (id) { return yasgui.getTab(id); }).find(function (t) {
      return t && t.getQuery() === query && (!name || t.getName() === name);
    });
    if (tab) {
      yasgui.selectTabId(tab.getId());
    } else {
      const config = { yasqe: { value: query }, requestConfig: { endpoint: endpoint } };
      if (name) {
        config.name = name;
      }
      tab = yasgui.addTab(true, config);
    }
    syncDownloads();
    if (run) {
      tab.query().catch(function () { /* YASR shows the error */ });
    }
    return tab;
  }

  // Plain links to the endpoint for the query in the editor, kept up to date.
  const downloads = document.getElementById('downloads');
  function syncDownloads() {
    const tab = yasgui.getTab();
    if (!tab) {
      return;
    }
    const query = tab.getQuery();
    downloads.querySelectorAll('a[data-format]').forEach(function (a) {
      a.href = endpoint + '?query=' + encodeURIComponent(query) + '&format=' + a.dataset.format;
    });
  }
  ['tabSelect', 'tabChange', 'query'].forEach(function (event) {
    yasgui.on(event, function () { setTimeout(syncDownloads, 0); });
  });
  ['pointerdown', 'focusin', 'mouseover'].forEach(function (event) {
    downloads.addEventListener(event, syncDownloads);
  });
  yasgui.on('queryBefore', function () { lastStatus = undefined; });
  // After a run, the address bar holds the permalink of what ran.
  yasgui.on('query', function (instance, tab) {
    history.replaceState(null, '', permalink(tab.getQuery()));
  });

  // IRIs of ours in the results link to their pages on this server, in the same window.
  const localPaths = Object.keys(settings.localPaths).sort(function (a, b) { return b.length - a.length; });
  function localise(a) {
    const href = a.getAttribute('href');
    const ns = localPaths.find(function (n) { return href.startsWith(n); });
    if (ns !== undefined) {
      const local = new URL(settings.localPaths[ns] + href.substring(ns.length), page).href;
      if (local !== href) {
        a.setAttribute('href', local);
        a.removeAttribute('target');
      }
    }
  }
  new MutationObserver(function () {
    container.querySelectorAll('.yasr a[href^="http"]').forEach(localise);
  }).observe(container, { childList: true, subtree: true });

  // The examples open in a tab of their own (a click with a modifier key still opens the page).
  document.getElementById('examples').addEventListener('click', function (event) {
    const a = event.target.closest('a[href]');
    if (!a || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) {
      return;
    }
    const name = new URL(a.href).searchParams.get('example');
    if (!Object.prototype.hasOwnProperty.call(settings.examples, name)) {
      return;
    }
    event.preventDefault();
    open(settings.examples[name], name, false);
    container.scrollIntoView();
  });

  if (opened) {
    // the server filled the plain form with the query of ?query= or ?example=
    open(document.getElementById('query').value, settings.example, params.has('run'));
  }
  syncDownloads();
  window.coldwarYasgui = yasgui;  // for the browser tests and the console
})();
