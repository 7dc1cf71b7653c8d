// A plan's indicators with their value in every reporting period (the trend), shown on the plan page and the
// dashboard; the leadership corrects a year's target here, and every correction is listed with who made it and when.
import { el, fill, getJson, lines, postJson, table, when } from './common.js';

const STATUS_CLASS = { MET: 'status-DONE', NOT_MET: 'late', NO_DATA: 'muted' };

function periodCell(p) {
  return el('td', { class: STATUS_CLASS[p.status] },
    p.actual == null ? '-' : p.actual, el('br'), el('span', { class: 'muted' }, 'chỉ tiêu ' + (p.target || '-')));
}

function correction(indicator, section, planId, leadership) {
  // The year of the latest period shown: the target a correction usually concerns.
  const shownYear = indicator.periods.length ? indicator.periods[indicator.periods.length - 1].month.substring(0, 4)
    : new Date().getFullYear();
  const year = el('input', { type: 'number', min: 2000, max: 2100, value: shownYear, 'aria-label': 'Năm' });
  const target = el('input', { type: 'text', size: 10, 'aria-label': 'Chỉ tiêu mới', placeholder: '≥ 75' });
  const note = el('input', { type: 'text', size: 24, 'aria-label': 'Lý do', placeholder: 'Lý do điều chỉnh' });
  const status = el('span', { class: 'muted' });
  const form = el('form', { class: 'inline' }, year, ' ', target, ' ', note, ' ', el('button', { type: 'submit' }, 'Điều chỉnh'), ' ', status);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const res = await postJson('/api/plans/' + planId + '/indicators/' + indicator.id + '/target',
      { year: year.value, target: target.value, note: note.value });
    if (res.ok) {
      showIndicators(section, planId, leadership);
    } else {
      status.textContent = res.message;
    }
  });
  return form;
}

/** Fills the section with the plan's indicators; hides it when the plan has none. */
export async function showIndicators(section, planId, leadership) {
  const trend = await getJson('/api/plans/' + planId + '/indicators/trend');
  if (trend.length === 0) {
    section.hidden = true;
    return;
  }
  // "2026-09" as Vietnamese write a month: "9/2026".
  const months = trend[0].periods.map((p) => Number(p.month.substring(5)) + '/' + p.month.substring(0, 4));
  fill(section,
    el('h2', null, 'Chỉ tiêu'),
    el('div', { class: 'scroll' }, table(['Chỉ tiêu', 'Đơn vị', 'Cơ quan', 'Chỉ tiêu theo năm', ...months, 'Đánh giá gần nhất'],
      trend.map((i) => {
        const reported = i.periods.filter((p) => p.actual != null);
        const last = reported.length ? reported[reported.length - 1] : null;
        return el('tr', null,
          el('td', null, (i.number ? i.number + '. ' : '') + i.name,
            i.changes.length > 0 && [el('br'), el('span', { class: 'muted' }, lines(i.changes.map((c) =>
              el('span', null, 'Năm ' + c.year + ': ' + (c.previous || '-') + ' → ' + c.target + ' (' + c.by + ', ' + when(c.at) +
                (c.note ? ': ' + c.note : '') + ')'))))],
            leadership && correction(i, section, planId, leadership)),
          el('td', null, i.unit),
          el('td', null, i.officeName),
          el('td', null, lines(Object.keys(i.targets).map((y) => el('span', null, y + ': ' + i.targets[y])))),
          i.periods.map(periodCell),
          el('td', { class: last ? STATUS_CLASS[last.status] : 'muted' }, last ? last.statusLabel : 'Chưa có số liệu'));
      }))));
  section.hidden = false;
}
