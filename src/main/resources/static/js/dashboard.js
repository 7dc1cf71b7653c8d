// The leadership's overview: counts per office and status, what is late, and the actions on a late share (đôn đốc,
// gia hạn, chuyển cơ quan) or on a task waiting for its date, each in the page's own dialog, checked before sending.
// With ?commune=<id> it shows a commune of the province to the province's staff, read-only: no actions.
import { day, el, fill, getJson, option, postJson, svg, table, withNote } from './common.js';
import { showIndicators } from './indicators.js';
import { showFailedMail } from './outbox.js';

const COLORS = { notDue: '#9aa5b1', onTrack: '#2e7d32', overdue: '#b3261e', doneOnTime: '#1565c0', doneLate: '#8a5a00' };
const LABELS = {
  notDue: 'Chưa đến hạn', onTrack: 'Đang thực hiện trong hạn', overdue: 'Đang thực hiện quá hạn',
  doneOnTime: 'Hoàn thành đúng hạn', doneLate: 'Hoàn thành quá hạn'
};

let offices = [];
/** Another commune's dashboard (province staff): read, never act. */
const commune = new URLSearchParams(location.search).get('commune') || '';
let readOnly = !!commune;
const scoped = (url) => (commune ? url + (url.includes('?') ? '&' : '?') + 'commune=' + encodeURIComponent(commune) : url);
/** The server's today (Vietnam time) as yyyy-mm-dd: what "not in the past" means in the dialogs. */
let asOf = '';

const byId = (id) => document.getElementById(id);

function nextDay(iso) {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().substring(0, 10);
}

/** An extension must go past the date shown as the share's deadline. */
function currentDeadline(o) {
  return o.effectiveDueDate || o.dueDate;
}

function notPast(date, what) {
  return date < asOf ? what + ' đã qua: chọn một ngày từ hôm nay (' + day(asOf) + ') trở đi.' : null;
}

/** What each action asks for, checks and sends. Dates are yyyy-mm-dd, so they compare as strings. */
const ACTIONS = {
  nudge: {
    title: 'Đôn đốc',
    noteLabel: 'Ý kiến chỉ đạo gửi kèm thư đôn đốc',
    send: 'Gửi thư đôn đốc',
    url: (o) => '/api/assignments/' + o.assignmentId + '/nudge',
    body: (f) => ({ note: f.note }),
    check: () => null
  },
  extend: {
    title: 'Gia hạn',
    dateLabel: 'Gia hạn đến ngày',
    noteLabel: 'Ý kiến chỉ đạo',
    send: 'Gia hạn',
    min: (o) => (currentDeadline(o) && nextDay(currentDeadline(o)) > asOf ? nextDay(currentDeadline(o)) : asOf),
    url: (o) => '/api/assignments/' + o.assignmentId + '/extend',
    body: (f) => ({ date: f.date, note: f.note }),
    check: (f, o) => {
      const current = currentDeadline(o);
      if (!f.date) {
        return 'Chọn ngày gia hạn.';
      }
      return notPast(f.date, 'Ngày gia hạn') ||
        (current && f.date <= current ? 'Ngày gia hạn phải sau hạn hiện tại (' + day(current) + ').' : null);
    }
  },
  reassign: {
    title: 'Chuyển cơ quan',
    office: true,
    noteLabel: 'Ý kiến chỉ đạo',
    send: 'Chuyển',
    url: (o) => '/api/assignments/' + o.assignmentId + '/reassign',
    body: (f) => ({ office: f.office, note: f.note }),
    check: (f) => (f.office ? null : 'Chọn cơ quan nhận nhiệm vụ.')
  },
  deadline: {
    title: 'Định hạn',
    dateLabel: 'Hạn hoàn thành',
    noteLabel: 'Ý kiến chỉ đạo',
    send: 'Định hạn',
    min: () => asOf,
    url: (o) => '/api/plan-tasks/' + o.planTaskId + '/deadline',
    body: (f) => ({ date: f.date, note: f.note }),
    check: (f) => (f.date ? notPast(f.date, 'Hạn hoàn thành') : 'Chọn hạn hoàn thành.')
  }
};

/** The action being asked for in the dialog, and on which share or task. */
let pending = null;

function describe(o) {
  return (o.planNumber ? o.planNumber + ' - ' : '') + 'NV ' + o.taskNumber + ': ' + o.title + ' — ' + o.officeName +
    (o.effectiveDueDate ? ', hạn xử lý ' + day(o.effectiveDueDate) : '');
}

function openDialog(kind, share) {
  const action = ACTIONS[kind];
  pending = { action: action, share: share };
  byId('dialog-title').textContent = action.title;
  byId('dialog-task').textContent = describe(share);
  const date = byId('dialog-date');
  byId('dialog-date-field').hidden = !action.dateLabel;
  byId('dialog-date-label').textContent = action.dateLabel || '';
  date.value = '';
  date.min = action.min ? action.min(share) : '';
  byId('dialog-office-field').hidden = !action.office;
  fill(byId('dialog-office'), option('', '— chọn cơ quan —'),
    offices.filter((x) => x.id !== share.office).map((x) => option(x.id, x.name)));
  byId('dialog-note-label').textContent = action.noteLabel;
  byId('dialog-note').value = '';
  byId('dialog-error').textContent = '';
  byId('dialog-send').textContent = action.send;
  byId('dialog-send').disabled = false;
  byId('action-dialog').showModal();
  (action.dateLabel ? date : action.office ? byId('dialog-office') : byId('dialog-note')).focus();
}

async function submitDialog(e) {
  e.preventDefault();
  const { action, share } = pending;
  const date = byId('dialog-date');
  const error = byId('dialog-error');
  const fields = { date: date.value, office: byId('dialog-office').value, note: byId('dialog-note').value.trim() };
  const problem = action.dateLabel && date.validity.badInput
    ? 'Ngày chưa đầy đủ: ghi đủ ngày, tháng và năm.'
    : action.check(fields, share);
  if (problem) {
    error.textContent = problem;
    return;
  }
  const send = byId('dialog-send');
  send.disabled = true;
  error.textContent = '';
  const res = await postJson(action.url(share), action.body(fields));
  send.disabled = false;
  if (!res.ok) {
    error.textContent = res.message;
    return;
  }
  byId('action-dialog').close();
  byId('action-status').textContent = 'Đã ghi nhận.';
  load();
}

function actionButton(label, kind, share) {
  const button = el('button', { type: 'button', 'data-action': kind }, label);
  button.addEventListener('click', () => openDialog(kind, share));
  return button;
}

function query() {
  return scoped('?plan=' + encodeURIComponent(byId('plan').value) + '&office=' + encodeURIComponent(byId('office').value) +
    '&status=' + encodeURIComponent(byId('status').value));
}

/** The list comes a page at a time; a new filter starts again from the first page. */
let page = 0;

function pager(d) {
  const pages = Math.max(1, Math.ceil(d.overdueTotal / d.size));
  const from = d.overdueTotal === 0 ? 0 : d.page * d.size + 1;
  const to = Math.min(d.overdueTotal, (d.page + 1) * d.size);
  const previous = el('button', { type: 'button' }, 'Trang trước');
  previous.disabled = d.page === 0;
  previous.addEventListener('click', () => { page = d.page - 1; load(); });
  const next = el('button', { type: 'button' }, 'Trang sau');
  next.disabled = d.page + 1 >= pages;
  next.addEventListener('click', () => { page = d.page + 1; load(); });
  return [el('span', null, from + '–' + to + ' trên ' + d.overdueTotal + ' (trang ' + (d.page + 1) + '/' + pages + ') '),
    previous, ' ', next];
}

function officeChart(rows) {
  const max = Math.max(1, ...rows.map((r) => r.notDue + r.onTrack + r.overdue + r.doneOnTime + r.doneLate));
  const bars = rows.map((r, i) => {
    const name = r.officeName.length > 32 ? r.officeName.substring(0, 31) + '…' : r.officeName;
    let x = 0;
    const parts = Object.keys(COLORS).map((k) => {
      const w = 600 * r[k] / max;
      const part = w > 0 ? svg('rect', { x: 220 + x, y: i * 26, width: w, height: 20, fill: COLORS[k] },
        svg('title', null, LABELS[k] + ': ' + r[k])) : null;
      x += w;
      return part;
    });
    return [svg('text', { x: 0, y: i * 26 + 15, 'font-size': 12 }, name, svg('title', null, r.officeName)), parts];
  });
  const legend = Object.keys(COLORS).map((k, i) => [
    svg('rect', { x: i * 170, y: rows.length * 26 + 8, width: 12, height: 12, fill: COLORS[k] }),
    svg('text', { x: i * 170 + 16, y: rows.length * 26 + 19, 'font-size': 11 }, LABELS[k])]);
  fill(byId('chart-offices'), svg('svg', {
    viewBox: '0 0 860 ' + (rows.length * 26 + 30), role: 'img', 'aria-label': 'Tình trạng nhiệm vụ theo cơ quan'
  }, bars, legend));
}

function weekChart(points) {
  const max = Math.max(1, ...points.map((p) => p.overdue));
  const w = 860 / Math.max(1, points.length);
  fill(byId('chart-weeks'), svg('svg', { viewBox: '0 0 860 140', role: 'img', 'aria-label': 'Số việc quá hạn theo tuần' },
    points.map((p, i) => {
      const h = 100 * p.overdue / max;
      return [
        svg('rect', { x: i * w + 4, y: 110 - h, width: w - 8, height: h, fill: '#b3261e' },
          svg('title', null, day(p.day) + ': ' + p.overdue)),
        svg('text', { x: i * w + w / 2, y: 105 - h, 'font-size': 11, 'text-anchor': 'middle' }, String(p.overdue)),
        svg('text', { x: i * w + w / 2, y: 130, 'font-size': 10, 'text-anchor': 'middle' }, day(p.day).substring(0, 5))];
    })));
}

function officeRow(r) {
  return el('tr', { 'data-office': r.office },
    el('td', null, r.officeName), el('td', null, r.notDue), el('td', null, r.onTrack),
    el('td', { class: 'late' }, r.overdue), el('td', null, r.doneOnTime), el('td', null, r.doneLate),
    el('td', null, r.ongoing), el('td', null, r.missingReports));
}

function shareRow(o) {
  return el('tr', { 'data-assignment': o.assignmentId },
    el('td', null, (o.planNumber || '') + ' - NV ' + o.taskNumber + ': ' + o.title),
    el('td', null, o.officeName),
    el('td', null, withNote(o.deadlineText, o.effectiveDueDate && 'hạn xử lý ' + day(o.effectiveDueDate))),
    el('td', null, o.daysLate ? o.daysLate + ' ngày' : ''),
    el('td', null, withNote(o.lastReport || 'Chưa báo cáo', o.evidence.join('; '))),
    readOnly ? null : el('td', null, actionButton('Đôn đốc', 'nudge', o), ' ', actionButton('Gia hạn', 'extend', o), ' ',
      actionButton('Chuyển cơ quan', 'reassign', o)));
}

function needsDeadlineItem(o) {
  return el('li', null,
    (o.planNumber || '') + ' - NV ' + o.taskNumber + ': ' + o.title + ' (' + o.officeName + ', "' + (o.deadlineText || '') +
    '") ', readOnly ? null : actionButton('Định hạn', 'deadline', o));
}

let leadership = false;

/** Answers to earlier filters that arrive late are dropped. */
let loads = 0;

async function load() {
  const mine = ++loads;
  const d = await getJson('/api/dashboard' + query() + '&page=' + page);
  if (mine !== loads) {
    return;
  }
  asOf = d.asOf;
  byId('as-of').textContent = 'Số liệu đến ngày ' + day(d.asOf);
  fill(byId('by-office').tBodies[0], d.byOffice.map(officeRow));
  officeChart(d.byOffice);
  weekChart(d.overdueOverTime);
  const status = byId('status');
  byId('list-title').textContent = 'Nhiệm vụ: ' + status.options[status.selectedIndex].text;
  byId('export').href = '/api/dashboard/overdue.xlsx' + query();
  fill(byId('overdue').tBodies[0], d.overdue.length ? d.overdue.map(shareRow)
    : el('tr', null, el('td', { colspan: readOnly ? 5 : 6, class: 'muted' }, 'Không có nhiệm vụ nào.')));
  fill(byId('overdue-pages'), ...pager(d));
  fill(byId('needs-deadline'), d.needsDeadline.map(needsDeadlineItem));
  // The indicators' API reads the user's own commune only: province staff see the tasks' figures.
  if (byId('plan').value && !readOnly) {
    showIndicators(byId('indicators'), byId('plan').value, leadership);
  } else {
    byId('indicators').hidden = true;
  }
  byId('needs-deadline-section').hidden = d.needsDeadline.length === 0;
}

async function showOutbox() {
  const o = await getJson('/api/outbox?status=PENDING');
  if (!o.count) {
    return;
  }
  const section = byId('outbox');
  fill(section,
    el('h2', null, 'Thư chờ gửi (' + o.count + ')'),
    el('p', { class: 'muted' }, 'Máy chủ thư chưa gửi được các thư này; thư được giữ lại và gửi khi máy chủ hoạt động.'),
    el('div', { class: 'scroll' }, table(['Người nhận', 'Tiêu đề', 'Lỗi gần nhất'], o.emails.map((m) => el('tr', null,
      el('td', null, m.recipient), el('td', null, m.subject), el('td', null, m.lastError))))));
  section.hidden = false;
}

byId('action-form').addEventListener('submit', submitDialog);
byId('dialog-cancel').addEventListener('click', () => byId('action-dialog').close());
['plan', 'office', 'status'].forEach((id) => byId(id).addEventListener('change', () => { page = 0; load(); }));
/** Read-only: the commune's name in the title, the way back to the province, no links into the commune's work. */
function showReadOnly() {
  byId('actions-heading').hidden = true;
  byId('province-link').hidden = false;
  document.querySelectorAll('.commune-link').forEach((a) => { a.hidden = true; });
  getJson('/api/province/communes/' + encodeURIComponent(commune)).then((c) => {
    byId('title').textContent = 'Tình hình thực hiện nhiệm vụ - ' + c.name + ' (chỉ xem)';
  });
}

getJson('/api/me').then((me) => {
  byId('who').textContent = me.userId;
  leadership = me.leadership;
  // One's own commune asked by name is one's own dashboard.
  readOnly = !!commune && commune !== me.commune;
  if (readOnly) {
    showReadOnly();
  } else if (me.leadership) {
    showOutbox();
  }
  const admin = me.roles.includes('SYSTEM_ADMIN');
  if (!readOnly && (me.leadership || admin)) {
    showFailedMail(document.getElementById('failed-mail'), admin);
  }
  load();
});
getJson(scoped('/api/plans')).then((plans) => {
  byId('plan').append(...plans.map((p) => option(p.id, p.number || p.title.substring(0, 40))));
});
getJson(scoped('/api/offices')).then((o) => {
  offices = o;
  byId('office').append(...o.map((x) => option(x.id, x.name)));
});
