// dispatch render: tips, quote–speaker links and filters. Every text
// shown comes from the page's JSON data blocks and is set with
// textContent, never parsed as markup.
(function () {
  'use strict';
  // Each document's section carries its own data block.
  var data = {};
  var blocks = document.querySelectorAll('script.dispatch-data');
  for (var b = 0; b < blocks.length; b++) {
    var part = JSON.parse(blocks[b].textContent);
    for (var key in part) {
      if (Object.prototype.hasOwnProperty.call(part, key)) {
        data[key] = part[key];
      }
    }
  }
  var tip = document.getElementById('tip');
  var body = document.body;

  // hidden reports whether a filter hides the highlight el.
  function hidden(el) {
    for (var i = 0; i < el.classList.length; i++) {
      var c = el.classList[i];
      if ((c.indexOf('t-') === 0 || c.indexOf('o-') === 0 || c === 'sp') && body.classList.contains('hide-' + c)) {
        return true;
      }
    }
    return false;
  }

  // marks returns the visible highlights at el, innermost first, or none
  // when el is outside a document's text.
  function marks(el) {
    var out = [];
    for (; el && el.classList && !el.classList.contains('text'); el = el.parentElement) {
      var k = el.getAttribute('data-k');
      if (k && Object.prototype.hasOwnProperty.call(data, k) && !hidden(el)) {
        out.push(el);
      }
    }
    return el && el.classList ? out : [];
  }

  function add(parent, tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    parent.appendChild(e);
    return e;
  }

  var tipFor = null;
  function hideTip() {
    tip.hidden = true;
    if (tipFor) { tipFor.removeAttribute('aria-describedby'); }
    tipFor = null;
    mark('near', []);
  }

  // mark gives the highlights of keys, and only those, the class cls.
  function mark(cls, keys) {
    Array.prototype.forEach.call(document.querySelectorAll('.text .' + cls), function (el) {
      el.classList.remove(cls);
    });
    keys.forEach(function (key) {
      Array.prototype.forEach.call(document.querySelectorAll('[data-k="' + key + '"]'), function (el) {
        el.classList.add(cls);
      });
    });
  }

  // links returns the keys that the highlight with key k links to: a
  // quote's speaker mentions, a speaker mention's quotes.
  function links(k) {
    var d = data[k];
    return (d.speaker || []).concat(d.quotes || []);
  }

  function showTip(target) {
    var els = marks(target);
    if (!els.length) { hideTip(); return; }
    if (tipFor === els[0]) { return; }
    hideTip();
    tip.textContent = '';
    var seen = {};
    els.forEach(function (el) {
      var k = el.getAttribute('data-k');
      if (seen[k]) { return; }
      seen[k] = true;
      var d = data[k];
      var item = add(tip, 'div', 'tip-item');
      add(item, 'div', 'tip-head', d.type + (d.outcome ? ' · ' + outcomeName(d.outcome) : ''));
      add(item, 'div', 'tip-text', d.text);
      var dl = add(item, 'dl');
      (d.fields || []).forEach(function (f) {
        add(dl, 'dt', '', f[0]);
        add(dl, 'dd', '', f[1]);
      });
    });
    tip.hidden = false;
    tipFor = els[0];
    mark('near', links(tipFor.getAttribute('data-k')));
    tipFor.setAttribute('aria-describedby', 'tip');
    var r = tipFor.getClientRects()[0] || tipFor.getBoundingClientRect();
    var left = Math.max(4, Math.min(r.left, document.documentElement.clientWidth - tip.offsetWidth - 4));
    var top = r.bottom + 4;
    if (top + tip.offsetHeight > window.innerHeight && r.top - tip.offsetHeight - 4 > 0) {
      top = r.top - tip.offsetHeight - 4;
    }
    tip.style.left = (left + window.scrollX) + 'px';
    tip.style.top = (top + window.scrollY) + 'px';
  }

  var outcomes = { hit: 'hit', wrong: 'wrong attribute', boundary: 'wrong boundary', miss: 'miss (in gold only)', 'false': 'false hit (not in gold)' };
  function outcomeName(o) { return outcomes[o] || o; }

  // Quote–speaker links: the highlight under the pointer or the focus
  // outlines what it links to ('near'); a click or Enter lights both up
  // until the next click or Escape ('linked').
  function clearLinks() { mark('linked', []); }
  // activate lights up the innermost quote or speaker at target with what
  // it links to, and reports whether there was one.
  function activate(target) {
    var els = marks(target);
    clearLinks();
    for (var i = 0; i < els.length; i++) {
      var k = els[i].getAttribute('data-k');
      var linked = links(k);
      if (linked.length) {
        mark('linked', [k].concat(linked));
        return true;
      }
    }
    return false;
  }

  document.addEventListener('mouseover', function (e) { showTip(e.target); });
  document.addEventListener('focusin', function (e) { showTip(e.target); });
  document.addEventListener('focusout', hideTip);
  document.addEventListener('click', function (e) { activate(e.target); });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') {
      hideTip();
      clearLinks();
    } else if ((e.key === 'Enter' || e.key === ' ') && marks(e.target).length) {
      if (activate(e.target)) { e.preventDefault(); }
    }
  });

  // Filters.
  Array.prototype.forEach.call(document.querySelectorAll('input[data-filter]'), function (box) {
    var apply = function () { body.classList.toggle('hide-' + box.getAttribute('data-filter'), !box.checked); };
    box.addEventListener('change', function () { apply(); hideTip(); });
    apply(); // a box the browser restored unchecked
  });
})();
