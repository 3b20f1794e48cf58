// Draws the report's charts from the JSON embedded in the page (#slant-data) with Apache ECharts.
// Text from the data is only ever set through textContent or ECharts' own text rendering, never as HTML.
(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('slant-data').textContent);
  var dates = D.dates;
  var charts = [];
  var BLUE = '#2e6da4', ORANGE = '#e08a1e', RED = '#c0392b';
  var PALETTE = ['#2e6da4', '#e08a1e', '#3a9d5d', '#c0392b', '#7b5ea7', '#8c6d31', '#d16ba5', '#5f6b6d', '#b5bd2e', '#17a2b8',
    '#a0522d', '#4b0082'];

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }
  function chart(node) {
    var c = echarts.init(node, null, { renderer: 'canvas' });
    charts.push(c);
    return c;
  }
  function fmt(v) { return v === null || v === undefined ? '–' : (v >= 0 ? '+' : '') + v.toFixed(2); }
  function interval(lo, hi) { return lo === null || lo === undefined ? 'no interval' : '[' + fmt(lo) + ', ' + fmt(hi) + ']'; }
  function keys(o) { return o ? Object.keys(o) : []; }
  function safely(name, draw) {
    try { draw(); } catch (e) { window.slantError('chart ' + name + ': ' + (e && e.message ? e.message : e)); }
  }
  function fill(select, options, onChange) {
    options.forEach(function (o) { var opt = el('option', null, o); opt.value = o; select.appendChild(opt); });
    select.addEventListener('change', function () { onChange(select.value); });
  }

  // A band (interval) between consecutive points with an interval, and a whisker at every such point,
  // drawn as one custom series: ECharts' stacked-area trick breaks when the bounds change sign.
  function bandSeries(name, low, high, color, offset) {
    var data = [];
    for (var i = 0; i < low.length; i++) {
      if (low[i] === null || low[i] === undefined) { continue; }
      var next = i + 1 < low.length && low[i + 1] !== null && low[i + 1] !== undefined;
      data.push([i, low[i], high[i], next ? low[i + 1] : null, next ? high[i + 1] : null]);
    }
    return {
      name: name, type: 'custom', silent: true, z: 1, data: data, encode: { x: 0, y: [1, 2] },
      renderItem: function (params, api) {
        var x = api.value(0), lo = api.value(1), hi = api.value(2), nlo = api.value(3), nhi = api.value(4);
        var a = api.coord([x, lo]), b = api.coord([x, hi]);
        var dx = offset || 0;
        var children = [{ type: 'line', shape: { x1: a[0] + dx, y1: a[1], x2: b[0] + dx, y2: b[1] },
          style: { stroke: color, lineWidth: 1.2, opacity: 0.8 } }];
        if (!isNaN(nlo) && nlo !== null && !isNaN(nhi) && nhi !== null) {
          var c = api.coord([x + 1, nlo]), d = api.coord([x + 1, nhi]);
          children.push({ type: 'polygon', shape: { points: [a, c, d, b] }, style: { fill: color, opacity: 0.16 } });
        }
        return { type: 'group', children: children };
      }
    };
  }
  function meanSeries(name, values, hasInterval, color) {
    return {
      name: name, type: 'line', z: 3, connectNulls: false, symbol: 'circle', symbolSize: 6, lineStyle: { color: color, width: 1.8 },
      itemStyle: { color: color },
      data: values.map(function (v, i) {
        if (v === null || v === undefined) { return null; }
        // A bucket without an interval (one article) is drawn hollow.
        return hasInterval[i] ? v : { value: v, itemStyle: { color: '#fff', borderColor: color, borderWidth: 1.5 } };
      })
    };
  }
  function timeAxis(show) {
    return { type: 'category', data: dates, boundaryGap: true, axisLabel: { show: show !== false, fontSize: 10 } };
  }
  function scoreAxis(name) {
    return { type: 'value', min: -1, max: 1, interval: 0.5, name: name, nameTextStyle: { fontSize: 10 },
      axisLabel: { fontSize: 10 }, splitLine: { lineStyle: { color: '#eee' } } };
  }
  function panel(container, title) {
    var p = el('div', 'panel');
    p.appendChild(el('h4', null, title));
    container.appendChild(p);
    return p;
  }

  safely('coverage', function () {
    var series = keys(D.coverage.series).map(function (o, i) {
      return { name: o, type: 'line', data: D.coverage.series[o], connectNulls: false, symbol: 'circle', symbolSize: 5,
        color: PALETTE[i % PALETTE.length] };
    });
    var option = { animation: false, tooltip: { trigger: 'axis' }, legend: { type: 'scroll', top: 0 },
      grid: { left: 50, right: 20, top: 40, bottom: 40 }, xAxis: timeAxis(),
      yAxis: { type: 'value', name: 'articles', minInterval: 1 }, series: series };
    if (dates.length > 60) { option.dataZoom = [{ type: 'inside' }, { type: 'slider', height: 16, bottom: 4 }]; option.grid.bottom = 60; }
    chart(document.getElementById('chart-coverage')).setOption(option);

    var reasons = D.coverage.notCounted.slice().reverse();
    chart(document.getElementById('chart-not-counted')).setOption({ animation: false, tooltip: { trigger: 'axis' },
      grid: { left: 260, right: 50, top: 10, bottom: 30 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: reasons.map(function (r) { return r[0]; }), axisLabel: { fontSize: 11, width: 240, overflow: 'truncate' } },
      series: [{ type: 'bar', data: reasons.map(function (r) {
        return { value: r[1], itemStyle: { color: r[0].indexOf('duplicate') === 0 ? '#7b8794' : RED } };
      }), label: { show: true, position: 'right' } }] });
  });

  safely('sentiment', function () {
    var box = document.getElementById('chart-sentiment');
    keys(D.sentiment).forEach(function (outlet, k) {
      var rows = D.sentiment[outlet];
      var n = rows.reduce(function (s, r) { return s + (r ? r[3] : 0); }, 0);
      var p = panel(box, outlet + ' (' + n + ' articles)');
      var node = el('div', 'mini');
      p.appendChild(node);
      var mean = rows.map(function (r) { return r ? r[0] : null; });
      var lo = rows.map(function (r) { return r ? r[1] : null; });
      var hi = rows.map(function (r) { return r ? r[2] : null; });
      var color = PALETTE[k % PALETTE.length];
      chart(node).setOption({ animation: false, grid: { left: 34, right: 8, top: 8, bottom: 22 },
        tooltip: { trigger: 'axis', formatter: function (ps) {
          var i = ps[0].dataIndex, r = rows[i];
          return dates[i] + '<br>' + (r ? 'mean ' + fmt(r[0]) + ' ' + interval(r[1], r[2]) + '<br>' + r[3] + ' article(s)' : 'no articles');
        } },
        xAxis: timeAxis(), yAxis: scoreAxis(),
        series: [bandSeries('95% CI', lo, hi, color), meanSeries('mean', mean, lo.map(function (v) { return v !== null; }), color)] });
    });
  });

  var stanceTarget = D.stance.targets[0];
  function drawStance() {
    var box = document.getElementById('chart-stance');
    charts = charts.filter(function (c) { if (c.getDom().parentNode && box.contains(c.getDom())) { c.dispose(); return false; } return true; });
    while (box.firstChild) { box.removeChild(box.firstChild); }
    var perOutlet = (D.stance.series[stanceTarget]) || {};
    keys(D.sentiment).forEach(function (outlet) {
      var rows = perOutlet[outlet];
      var p = panel(box, outlet);
      if (!rows) { p.appendChild(el('div', 'empty', 'No article of ' + outlet + ' mentions ' + stanceTarget + '.')); return; }
      var node = el('div', 'mini');
      p.appendChild(node);
      function col(j) { return rows.map(function (r) { return r ? r[j] : null; }); }
      var aLo = col(1), qLo = col(5);
      chart(node).setOption({ animation: false, grid: { left: 34, right: 8, top: 8, bottom: 22 },
        tooltip: { trigger: 'axis', formatter: function (ps) {
          var i = ps[0].dataIndex, r = rows[i];
          if (!r) { return dates[i] + '<br>no article mentions the target'; }
          return dates[i] + ' (' + r[9] + ' articles)<br>own voice ' + fmt(r[0]) + ' ' + interval(r[1], r[2]) + ', ' + r[3]
            + ' article(s) with a position<br>quoted balance ' + fmt(r[4]) + ' ' + interval(r[5], r[6]) + ', ' + r[7]
            + ' favor / ' + r[8] + ' against';
        } },
        xAxis: timeAxis(), yAxis: scoreAxis(),
        series: [bandSeries('own voice CI', aLo, col(2), BLUE, -2), bandSeries('quoted CI', qLo, col(6), ORANGE, 2),
          meanSeries('own voice', col(0), aLo.map(function (v) { return v !== null; }), BLUE),
          meanSeries('quoted balance', col(4), qLo.map(function (v) { return v !== null; }), ORANGE)] });
    });
    drawStanceOverall();
  }
  var overallChart = null;
  function drawStanceOverall() {
    var totals = D.stance.overall[stanceTarget] || {};
    var outlets = keys(totals).reverse();
    var author = [], quoted = [], authorCi = [], quotedCi = [];
    outlets.forEach(function (o, i) {
      var r = totals[o];
      author.push(r[0] === null ? null : { value: [r[0], i], raw: r });
      quoted.push(r[4] === null ? null : { value: [r[4], i], raw: r });
      if (r[1] !== null) { authorCi.push([r[1], r[2], i]); }
      if (r[5] !== null) { quotedCi.push([r[5], r[6], i]); }
    });
    function whiskers(name, data, color, dy) {
      return { name: name, type: 'custom', silent: true, data: data, encode: { x: [0, 1], y: 2 },
        renderItem: function (params, api) {
          var a = api.coord([api.value(0), api.value(2)]), b = api.coord([api.value(1), api.value(2)]);
          return { type: 'group', children: [
            { type: 'line', shape: { x1: a[0], y1: a[1] + dy, x2: b[0], y2: b[1] + dy }, style: { stroke: color, lineWidth: 2 } },
            { type: 'line', shape: { x1: a[0], y1: a[1] + dy - 4, x2: a[0], y2: a[1] + dy + 4 }, style: { stroke: color, lineWidth: 2 } },
            { type: 'line', shape: { x1: b[0], y1: b[1] + dy - 4, x2: b[0], y2: b[1] + dy + 4 }, style: { stroke: color, lineWidth: 2 } }] };
        } };
    }
    var node = document.getElementById('chart-stance-overall');
    node.style.height = Math.max(160, 60 + outlets.length * 44) + 'px';
    if (!overallChart) { overallChart = chart(node); } else { overallChart.resize(); }
    overallChart.setOption({ animation: false, legend: { top: 0, data: ['own voice', 'quoted balance'] },
      grid: { left: 170, right: 30, top: 34, bottom: 30 },
      tooltip: { trigger: 'item', formatter: function (p) {
        var r = p.data.raw;
        return outlets[p.data.value[1]] + ' on ' + stanceTarget + ' (' + r[9] + ' articles)<br>own voice ' + fmt(r[0]) + ' '
          + interval(r[1], r[2]) + ', ' + r[3] + ' article(s)<br>quoted balance ' + fmt(r[4]) + ' ' + interval(r[5], r[6])
          + ', ' + r[7] + ' favor / ' + r[8] + ' against';
      } },
      xAxis: { type: 'value', min: -1, max: 1, name: 'against ← stance → in favour', nameLocation: 'middle', nameGap: 22 },
      yAxis: { type: 'category', data: outlets },
      series: [whiskers('own voice CI', authorCi, BLUE, -5), whiskers('quoted CI', quotedCi, ORANGE, 5),
        { name: 'own voice', type: 'scatter', symbol: 'circle', symbolSize: 10, symbolOffset: [0, -5], color: BLUE, data: author },
        { name: 'quoted balance', type: 'scatter', symbol: 'diamond', symbolSize: 12, symbolOffset: [0, 5], color: ORANGE, data: quoted }]
    }, true);
  }
  safely('stance', function () {
    if (!stanceTarget) { document.getElementById('chart-stance').appendChild(el('p', 'empty', 'No target is mentioned.')); return; }
    fill(document.getElementById('stance-target'), D.stance.targets, function (t) { stanceTarget = t; safely('stance', drawStance); });
    drawStance();
  });

  var carriedChart = null;
  function showEvidence(outlet, cell) {
    var box = document.getElementById('evidence');
    while (box.firstChild) { box.removeChild(box.firstChild); }
    var o = D.carried[outlet];
    var actor = o.actors[cell[1]], target = o.targets[cell[0]];
    var sentences = o.evidence[cell[1] + ',' + cell[0]] || [];
    box.appendChild(el('h4', null, actor + ' on ' + target + ' in ' + outlet + ': ' + cell[2] + ' favor, ' + cell[3]
      + ' against, ' + cell[4] + ' none (showing ' + sentences.length + ' of ' + (cell[2] + cell[3]) + ' positions)'));
    var list = el('ul');
    sentences.forEach(function (s) {
      var li = el('li');
      li.appendChild(el('span', 'label-' + s[0], s[0]));
      li.appendChild(document.createTextNode(' ' + s[1] + (s[2] ? ', ' + s[2] : '') + ': '));
      li.appendChild(el('q', null, s[3]));
      list.appendChild(li);
    });
    box.appendChild(list);
  }
  function drawCarried(outlet) {
    var o = D.carried[outlet];
    var node = document.getElementById('chart-carried');
    node.style.height = Math.max(200, 90 + o.actors.length * 30) + 'px';
    if (!carriedChart) {
      carriedChart = chart(node);
      carriedChart.on('click', function (p) { if (p.data && p.data.cell) { showEvidence(p.data.outlet, p.data.cell); } });
    } else { carriedChart.resize(); }
    var data = o.cells.map(function (c) {
      var positions = c[2] + c[3];
      return { value: [c[0], c[1], positions ? (c[2] - c[3]) / positions : 0], cell: c, outlet: outlet };
    });
    carriedChart.setOption({ animation: false,
      tooltip: { formatter: function (p) {
        var c = p.data.cell;
        return o.actors[c[1]] + ' on ' + o.targets[c[0]] + '<br>' + c[2] + ' favor, ' + c[3] + ' against, ' + c[4] + ' none<br>click for evidence';
      } },
      grid: { left: 170, right: 90, top: 10, bottom: 60 },
      xAxis: { type: 'category', data: o.targets, axisLabel: { rotate: 20, fontSize: 11 }, splitArea: { show: true } },
      yAxis: { type: 'category', data: o.actors, inverse: true, splitArea: { show: true } },
      visualMap: { min: -1, max: 1, calculable: false, orient: 'vertical', right: 0, top: 'middle', itemHeight: 120,
        text: ['favor', 'against'], inRange: { color: [RED, '#f7f7f7', BLUE] } },
      series: [{ type: 'heatmap', data: data, label: { show: true, fontSize: 11, formatter: function (p) {
        return p.data.cell[2] + '/' + p.data.cell[3]; } }, itemStyle: { borderColor: '#fff', borderWidth: 1 } }]
    }, true);
    var box = document.getElementById('evidence');
    while (box.firstChild) { box.removeChild(box.firstChild); }
    box.appendChild(el('p', 'hint', 'Click a cell to read its evidence sentences (cells show favor/against).'));
  }
  safely('carried', function () {
    var outlets = keys(D.carried);
    if (!outlets.length) { return; }
    fill(document.getElementById('carried-outlet'), outlets, function (o) { safely('carried', function () { drawCarried(o); }); });
    drawCarried(outlets[0]);
  });

  function frameBars(node, rows, outlets, counted) {
    var frames = D.frames.frames;
    var height = Math.max(180, 110 + outlets.length * 34);
    node.style.height = height + 'px';
    var series = frames.map(function (f, j) {
      return { name: f, type: 'bar', stack: 'frames', barMaxWidth: 26, color: FRAME_COLORS[j % FRAME_COLORS.length],
        data: outlets.map(function (o) { var v = rows[o][j]; return v === null || v === undefined ? 0 : v; }) };
    });
    return { animation: false, legend: { type: 'scroll', top: 0 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: function (ps) {
        var o = outlets[ps[0].dataIndex];
        var lines = ps.filter(function (p) { return p.value > 0.0005; }).sort(function (a, b) { return b.value - a.value; })
          .map(function (p) { return p.seriesName + ' ' + (100 * p.value).toFixed(1) + '%'; });
        return o + (counted ? ' (' + counted(o) + ' articles)' : '') + '<br>' + lines.join('<br>');
      } },
      grid: { left: 170, right: 30, top: 60, bottom: 30 },
      xAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: function (v) { return (100 * v) + '%'; } } },
      yAxis: { type: 'category', data: outlets, inverse: true }, series: series };
  }
  var FRAME_COLORS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f',
    '#bab0ac', '#86bcb6', '#d37295', '#8cd17d', '#b6992d', '#d4d4d4'];
  safely('frames', function () {
    var outlets = keys(D.frames.overall);
    var overallNode = document.getElementById('chart-frames');
    var overallOption = frameBars(overallNode, D.frames.overall, outlets);
    chart(overallNode).setOption(overallOption);
    var targets = D.frames.targets;
    if (!targets.length) { return; }
    var c = chart(document.getElementById('chart-frames-target'));
    function draw(t) {
      var rows = D.frames.byTarget[t];
      var os = keys(rows);
      var node = document.getElementById('chart-frames-target');
      c.setOption(frameBars(node, rows, os, function (o) { return rows[o][D.frames.frames.length]; }), true);
      c.resize();
    }
    fill(document.getElementById('frames-target'), targets, function (t) { safely('frames', function () { draw(t); }); });
    draw(targets[0]);
  });

  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  document.body.setAttribute('data-rendered', 'true');
})();
