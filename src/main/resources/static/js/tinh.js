// The province's communes side by side, those needing attention first; each opens the commune's dashboard, read-only.
import { day, el, fill, getJson, option } from './common.js';

const byId = (id) => document.getElementById(id);

function lastReport(r) {
  if (!r) {
    return el('span', { class: 'muted' }, 'Chưa có');
  }
  return [r.label, el('br'), el('span', { class: 'muted' },
    (r.planNumber ? r.planNumber + ', ' : '') + 'duyệt ngày ' + day(r.approvedOn))];
}

function communeRow(c) {
  return el('tr', { 'data-commune': c.id },
    el('td', null, el('a', { href: '/dashboard.html?commune=' + encodeURIComponent(c.id) }, c.name)),
    el('td', { class: c.overdue ? 'late' : null }, c.overdue),
    el('td', { class: c.reportsMissing ? 'late' : null }, c.reportsMissing),
    el('td', null, c.doneOnTime), el('td', null, c.doneLate), el('td', null, c.onTrack), el('td', null, c.notDue),
    el('td', null, c.ongoing), el('td', null, c.needsDeadline), el('td', null, lastReport(c.lastApprovedReport)));
}

function query() {
  const province = byId('province').value;
  return province ? '?province=' + encodeURIComponent(province) : '';
}

async function load() {
  byId('error').textContent = '';
  try {
    const s = await getJson('/api/province/summary' + query());
    byId('title').textContent = 'Tình hình thực hiện nhiệm vụ của các xã - ' + s.province.name;
    byId('as-of').textContent = 'Số liệu đến ngày ' + day(s.asOf);
    byId('export').href = '/api/province/summary.xlsx?province=' + encodeURIComponent(s.province.id);
    fill(byId('communes').tBodies[0], s.communes.length ? s.communes.map(communeRow)
      : el('tr', null, el('td', { colspan: 10, class: 'muted' }, 'Tỉnh chưa có xã nào.')));
  } catch (e) {
    byId('error').textContent = e.message;
  }
}

getJson('/api/me').then((me) => {
  byId('who').textContent = me.userId;
});
getJson('/api/provinces').then((provinces) => {
  fill(byId('province'), provinces.map((p, i) => option(p.id, p.name, i === 0)));
  byId('province-field').hidden = provinces.length < 2;
  byId('province').addEventListener('change', load);
  load();
}, (e) => {
  byId('error').textContent = e.message;
});
