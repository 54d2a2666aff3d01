// The emulator console: polls api/state and renders it. Every value goes into the page through textContent or a
// property, never parsed as markup, so job texts, which are user input, always show as text.
'use strict';
(function () {
  const FAST_MS = 1000;
  const SLOW_MS = 2000;
  const jobRows = new Map(); // jobId -> row elements, kept so an audio player survives refreshes

  function el(tag, text, className) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) {
      e.textContent = String(text);
    }
    if (className) {
      e.className = className;
    }
    return e;
  }

  function time(ms) {
    return ms == null ? '' : new Date(ms).toLocaleTimeString();
  }

  function span(from, to) {
    if (from == null || to == null) {
      return '';
    }
    const ms = Math.max(0, to - from);
    return ms < 1000 ? ms + ' ms' : (ms / 1000).toFixed(1) + ' s';
  }

  function voice(v) {
    let s = v.voice + ' · ' + v.codec + ' · ' + v.mode + ' · speed ' + v.speed + ' · volume ' + v.volume;
    if (v.emotion) {
      s += ' · ' + v.emotion;
    }
    return s;
  }

  function newJobRow(job) {
    const tr = document.createElement('tr');
    tr.dataset.jobId = job.jobId;
    tr.append(el('td', job.jobId, 'id'), el('td', null, 'state-cell'), el('td', null, 'text'), el('td'),
      el('td', null, 'nowrap'), el('td', null, 'nowrap'), el('td', null, 'nowrap'), el('td', null, 'output'));
    return { tr: tr, audioUrl: null, state: null };
  }

  function renderJob(row, job, now) {
    const c = row.tr.cells;
    if (row.state !== job.state + '|' + job.code + '|' + job.message) {
      row.state = job.state + '|' + job.code + '|' + job.message;
      const badge = el('span', job.state, 'state state-' + job.state);
      c[1].replaceChildren(badge);
      if (job.state === 'Failed') {
        c[1].append(el('span', job.code + ': ' + job.message, 'detail'));
      }
      row.tr.dataset.state = job.state;
    }
    const text = job.inputType === 'Url' ? 'from ' + job.text : job.text;
    if (c[2].textContent !== text) {
      c[2].textContent = text;
    }
    let v = voice(job);
    if (job.templateId) {
      v += ' (template ' + (job.templateName || job.templateId) + ')';
    }
    // voice and timing: waited = created to started (or to now), ran = started to ended (or to now)
    const cells = [v, time(job.created),
      span(job.created, job.started != null ? job.started : (job.terminal ? job.ended : now)),
      span(job.started, job.ended != null ? job.ended : now)];
    cells.forEach((value, i) => {
      if (c[3 + i].textContent !== value) {
        c[3 + i].textContent = value;
      }
    });
    if (job.audioUrl && row.audioUrl !== job.audioUrl) {
      row.audioUrl = job.audioUrl;
      const audio = document.createElement('audio');
      audio.controls = true;
      audio.preload = 'metadata';
      audio.src = job.audioUrl;
      const name = el('span', job.outputObject + (job.audioDuration ? ' (' + Number(job.audioDuration).toFixed(1)
        + ' s)' : ''), 'detail');
      c[7].replaceChildren(audio, name);
    } else if (!job.audioUrl && row.audioUrl === null && c[7].textContent !== job.outputObject) {
      c[7].textContent = job.outputObject;
    }
  }

  function renderJobs(state) {
    const tbody = document.querySelector('#jobs tbody');
    const seen = new Set();
    for (const job of state.jobs) { // oldest first: each new row goes on top
      seen.add(job.jobId);
      let row = jobRows.get(job.jobId);
      if (!row) {
        row = newJobRow(job);
        jobRows.set(job.jobId, row);
        tbody.prepend(row.tr);
      }
      renderJob(row, job, state.now);
    }
    for (const [id, row] of jobRows) {
      if (!seen.has(id)) {
        row.tr.remove();
        jobRows.delete(id);
      }
    }
    const shown = state.jobs.length;
    document.getElementById('job-count').textContent = state.totalJobs > shown
      ? '(newest ' + shown + ' of ' + state.totalJobs + ')' : '(' + shown + ')';
    document.getElementById('no-jobs').hidden = shown > 0;
  }

  function renderTable(id, items, cells) {
    const rows = items.map(item => {
      const tr = document.createElement('tr');
      cells(item).forEach(v => tr.append(el('td', v)));
      return tr;
    });
    document.querySelector('#' + id + ' tbody').replaceChildren(...rows);
    document.getElementById('no-' + id).hidden = items.length > 0;
  }

  function render(state) {
    renderJobs(state);
    renderTable('templates', state.templates, t => [t.templateId, t.name, t.bucket, voice(t), time(t.updated)]);
    renderTable('queues', state.queues, q => [q.queueId, q.name, q.bucket, q.family, q.state, q.running, q.waiting,
      q.paused, q.maxConcurrent]);
  }

  async function refresh() {
    const status = document.getElementById('status');
    let next = SLOW_MS;
    try {
      const response = await fetch('api/state', { cache: 'no-store' });
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      const state = await response.json();
      render(state);
      const active = state.jobs.filter(j => !j.terminal).length;
      status.textContent = 'Updated ' + time(state.now) + (active > 0 ? ' · ' + active + ' job(s) in progress' : '');
      status.className = '';
      next = active > 0 ? FAST_MS : SLOW_MS;
    } catch (e) {
      status.textContent = 'Cannot reach the emulator (' + e.message + '); retrying.';
      status.className = 'error';
    }
    setTimeout(refresh, next);
  }

  refresh();
}());
