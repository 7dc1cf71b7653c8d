// The audit trail for the system administrator: filtered by dates (Vietnam days), user and kind, a page at a time,
// and the same filter exported as CSV.
import { el, fill, getJson, option, when } from './common.js';

const byId = (id) => document.getElementById(id);
let page = 0;
let kindsShown = false;

function query() {
  const params = new URLSearchParams();
  ['from', 'to', 'user', 'kind'].forEach((id) => {
    const value = byId(id).value.trim();
    if (value) {
      params.set(id, value);
    }
  });
  return params;
}

function row(e) {
  return el('tr', null,
    el('td', null, when(e.at)),
    el('td', null, e.userId || el('span', { class: 'muted' }, '(chưa đăng nhập)')),
    el('td', null, e.address),
    el('td', null, e.kindLabel),
    el('td', { class: e.outcome === 'OK' ? null : 'late' }, e.outcomeLabel),
    el('td', null, e.target),
    el('td', null, e.detail));
}

async function load() {
  const params = query();
  byId('export').href = '/api/audit.csv' + (params.toString() ? '?' + params : '');
  params.set('page', page);
  let d;
  try {
    d = await getJson('/api/audit?' + params);
  } catch (e) {
    fill(byId('summary'), el('span', { class: 'error' }, e.message));
    fill(byId('events').tBodies[0]);
    return;
  }
  if (!kindsShown) {
    byId('kind').append(...d.kinds.map((k) => option(k.id, k.label)));
    kindsShown = true;
  }
  const pages = Math.max(1, Math.ceil(d.total / d.pageSize));
  byId('summary').textContent = d.total + ' sự kiện, mới nhất trước.';
  byId('page').textContent = 'Trang ' + (page + 1) + '/' + pages;
  byId('previous').disabled = page === 0;
  byId('next').disabled = page + 1 >= pages;
  fill(byId('events').tBodies[0], d.events.length ? d.events.map(row)
    : el('tr', null, el('td', { colspan: 7, class: 'muted' }, 'Không có sự kiện nào.')));
}

byId('filters').addEventListener('submit', (e) => {
  e.preventDefault();
  page = 0;
  load();
});
byId('previous').addEventListener('click', () => {
  page = Math.max(0, page - 1);
  load();
});
byId('next').addEventListener('click', () => {
  page += 1;
  load();
});
getJson('/api/me').then((me) => {
  byId('who').textContent = me.userId;
});
load();
