// Importing a plan from its document: a preview first (dry run), in which the clerk names the offices the reader did
// not recognise, gives offices to the tasks the document leaves without one and decides what each proposed
// indicator is; then the plan is created. Everything the document says is shown as text.
import { day, el, fill, getJson, option, readXhr, withNote } from './common.js';

const UNKNOWN_OFFICE = /Không nhận ra cơ quan chủ trì «(.+)»/;
const NEEDS_LEAD = 'Cần giao cơ quan chủ trì';
// The reader's own note on an assumed deadline, shown here as a flag instead.
const ASSUMED = 'Văn bản không ghi thời hạn';
const UNDATED = ['AS_DIRECTED', 'UNREADABLE'];
const PROPOSAL_CHOICES = [['INDICATOR', 'Chỉ tiêu'], ['TASK', 'Nhiệm vụ'], ['DROP', 'Bỏ']];

const officesLoaded = getJson('/api/offices');
let offices = [];
let file = null;
// The clerk's choices, kept across previews: unknown name → office id; task number → { leadOffices,
// coordinatingOffices } for the tasks the document gives no office; proposal number → INDICATOR | TASK | DROP.
let choices = { mappings: {}, tasks: {}, proposals: {} };
let plan = null;

function byId(id) {
  return document.getElementById(id);
}

function officeName(id) {
  const office = offices.find((o) => o.id === id);
  return office ? office.name : id;
}

/** Fills a select with the commune's offices. */
function officeChoices(select, selected) {
  fill(select, option('', '— chọn cơ quan —'), offices.map((o) => option(o.id, o.name, o.id === selected)));
  return select;
}

/** A multiple choice of the commune's offices for one role of a task. */
function officeList(number, role, selected, label) {
  const select = el('select', { multiple: true, size: Math.min(offices.length, 6), 'data-task': number,
    'data-role': role, 'aria-label': label + ' nhiệm vụ ' + number },
  offices.map((o) => option(o.id, o.name, selected.indexOf(o.id) >= 0)));
  select.addEventListener('change', () => {
    choices.tasks[number][role] = Array.from(select.selectedOptions, (o) => o.value);
    markLead(number);
  });
  return select;
}

/** The "needs a lead office" mark of a task shows while none is chosen. */
function markLead(number) {
  const mark = document.querySelector('[data-needs-lead="' + CSS.escape(number) + '"]');
  if (mark) {
    mark.hidden = choices.tasks[number].leadOffices.length > 0;
  }
}

function send(dryRun) {
  const data = new FormData();
  data.append('file', file);
  data.append('dryRun', dryRun);
  data.append('allowDuplicate', byId('duplicate').checked);
  data.append('monitoringOffice', byId('monitoring').value || '');
  data.append('mappings', JSON.stringify(choices.mappings));
  data.append('tasks', JSON.stringify(choices.tasks));
  data.append('proposals', JSON.stringify(choices.proposals));
  const progress = byId('progress');
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/plans/import');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable) {
        progress.textContent = 'Đang tải lên ' + Math.round(100 * e.loaded / e.total) + '%';
      }
    });
    xhr.upload.addEventListener('load', () => {
      progress.textContent = 'Đang đọc văn bản…';
    });
    xhr.addEventListener('loadend', () => {
      progress.textContent = '';
      resolve(readXhr(xhr));
    });
    xhr.send(data);
  });
}

function problems(list) {
  return list.map((e) => el('p', null, e.where ? e.where + ': ' + e.message : e.message));
}

function showErrors(res, where) {
  fill(where, problems(res.body.errors || [{ where: '', message: res.message }]));
}

function unknownOffices(p) {
  const names = Object.keys(choices.mappings);
  p.warnings.forEach((w) => {
    const m = UNKNOWN_OFFICE.exec(w.message);
    if (m && names.indexOf(m[1]) < 0) {
      names.push(m[1]);
    }
  });
  return names;
}

function mappingChoice(name) {
  const select = officeChoices(el('select', { 'data-name': name }), choices.mappings[name]);
  select.addEventListener('change', () => {
    if (select.value) {
      choices.mappings[name] = select.value;
    } else {
      delete choices.mappings[name];
    }
  });
  return el('p', null, '«' + name + '» là: ', select);
}

/** The task's own notes: what the reader says about its deadline or offices, where no flag says it already. */
function taskNotes(t) {
  return plan.warnings
    .filter((w) => w.where === 'Nhiệm vụ ' + t.number && w.message.indexOf(NEEDS_LEAD) !== 0 &&
      !(t.deadlineAssumed && w.message.indexOf(ASSUMED) === 0))
    .map((w) => [el('br'), el('span', { class: 'muted' }, w.message)]);
}

/** The document gave this task no office: the clerk chooses, starting from the plan's own suggestions. */
function chosenOffices(t) {
  if (!choices.tasks[t.number]) {
    choices.tasks[t.number] = { leadOffices: t.suggestedLeadOffices.slice(), coordinatingOffices: [] };
  }
  const chosen = choices.tasks[t.number];
  const mark = el('span', { class: 'flag', 'data-needs-lead': t.number }, NEEDS_LEAD);
  mark.hidden = chosen.leadOffices.length > 0;
  return [
    el('td', null, mark, officeList(t.number, 'leadOffices', chosen.leadOffices, 'Cơ quan chủ trì'),
      t.suggestedLeadOffices.length > 0 && el('span', { class: 'muted' },
        'Gợi ý theo mục Tổ chức thực hiện: ' + t.suggestedLeadOffices.map(officeName).join(', '))),
    el('td', null, officeList(t.number, 'coordinatingOffices', chosen.coordinatingOffices, 'Cơ quan phối hợp'))];
}

function namedOffices(t) {
  return [
    el('td', null, t.leadOffices.map(officeName).join(', ') || t.leadText),
    el('td', null, t.coordinatingOffices.map(officeName).join(', ') || t.coordinatingText)];
}

function deadline(d, assumed) {
  return [
    withNote(d.text, d.effectiveDueDate && 'hạn xử lý ' + day(d.effectiveDueDate)),
    assumed && [el('br'), el('span', { class: 'flag' }, ASSUMED + ': tạm đặt cuối năm, hãy kiểm tra')],
    UNDATED.indexOf(d.kind) >= 0 && [el('br'), el('span', { class: 'flag' }, 'Cần định hạn')]];
}

function taskRow(t) {
  const withoutOffice = !t.leadText || !t.leadText.trim();
  return el('tr', { 'data-task': t.number },
    el('td', null, t.number),
    el('td', null, t.title, taskNotes(t)),
    withoutOffice ? chosenOffices(t) : namedOffices(t),
    el('td', null, deadline(t.deadline, t.deadlineAssumed)));
}

function targets(byYear) {
  return Object.entries(byYear || {}).map(([year, target]) => year + ': ' + target).join('; ');
}

function proposalRow(pr) {
  const name = 'proposal-' + pr.number;
  const choice = choices.proposals[pr.number] || pr.choice;
  return el('tr', { 'data-proposal': pr.number },
    el('td', null, pr.number),
    el('td', null, pr.name),
    el('td', null, targets(pr.targetsByYear)),
    el('td', null, pr.unit),
    el('td', null, PROPOSAL_CHOICES.map(([value, label]) => {
      const radio = el('input', { type: 'radio', name: name, value: value });
      radio.checked = value === choice;
      radio.addEventListener('change', () => chooseProposal(pr.number, value));
      return el('label', { class: 'choice' }, radio, ' ' + label);
    })));
}

function indicatorRow(i) {
  return el('tr', null,
    el('td', null, i.number),
    el('td', null, i.name, i.proposed && [el('br'), el('span', { class: 'muted' }, 'Chỉ tiêu đề xuất')]),
    el('td', null, i.unit),
    el('td', null, targets(i.targetsByYear)),
    el('td', null, i.trackingOffice ? officeName(i.trackingOffice) : i.trackingOfficeText));
}

/** A proposal turned into a task, or back: the preview is read again, so the task shows with its offices. */
function chooseProposal(number, value) {
  choices.proposals[number] = value;
  if (value !== 'TASK') {
    delete choices.tasks[number];
  }
  preview();
}

function show(read) {
  plan = read;
  fill(byId('errors'));
  fill(byId('commit-errors'));
  fill(byId('summary'),
    el('b', null, plan.number || '(chưa có số)'), ' ',
    (plan.issuedOn ? 'ngày ' + day(plan.issuedOn) + ' — ' : '') + plan.title + ' — ' + plan.tasks.length + ' nhiệm vụ, ' +
    plan.indicators.length + ' chỉ tiêu');
  byId('read-by').hidden = plan.readBy !== 'OCR';
  officeChoices(byId('monitoring'), plan.monitoringOffice);
  const taskNumbers = plan.tasks.map((t) => 'Nhiệm vụ ' + t.number);
  fill(byId('warnings'), plan.warnings.filter((w) => taskNumbers.indexOf(w.where) < 0)
    .map((w) => el('p', { class: 'muted' }, w.where + ': ' + w.message)));
  fill(byId('mappings'), unknownOffices(plan).map(mappingChoice));
  fill(byId('tasks'), plan.tasks.map(taskRow));
  fill(byId('proposals'), plan.proposedIndicators.map(proposalRow));
  byId('proposals-block').hidden = plan.proposedIndicators.length === 0;
  fill(byId('indicators'), plan.indicators.map(indicatorRow));
  byId('indicators-block').hidden = plan.indicators.length === 0;
  byId('preview').hidden = false;
}

function preview() {
  return Promise.all([officesLoaded, send(true)]).then(([o, res]) => {
    offices = o;
    if (res.status === 200) {
      show(res.body);
    } else {
      byId('preview').hidden = true;
      showErrors(res, byId('errors'));
    }
  });
}

/** Tasks the clerk still has to give a lead office: nothing is sent while there is one. */
function withoutLead() {
  return plan.tasks
    .filter((t) => choices.tasks[t.number] ? choices.tasks[t.number].leadOffices.length === 0
      : t.leadOffices.length === 0 && !(t.leadText && t.leadText.trim()))
    .map((t) => t.number);
}

byId('file').addEventListener('change', (e) => {
  file = e.target.files[0];
  choices = { mappings: {}, tasks: {}, proposals: {} };
  byId('preview').hidden = true;
  fill(byId('errors'));
  fill(byId('result'));
  if (file) {
    preview();
  }
});

byId('confirm').addEventListener('click', () => {
  fill(byId('result'));
  const missing = withoutLead();
  if (missing.length > 0) {
    fill(byId('commit-errors'), el('p', null, 'Chưa tạo kế hoạch: nhiệm vụ ' + missing.join(', ') +
      ' chưa có cơ quan chủ trì. Hãy chọn cơ quan chủ trì cho từng nhiệm vụ có dấu «' + NEEDS_LEAD + '».'));
    return;
  }
  const button = byId('confirm');
  button.disabled = true;
  send(false).then((res) => {
    button.disabled = false;
    if (res.status === 200) {
      fill(byId('commit-errors'));
      fill(byId('result'), 'Đã tạo kế hoạch ' + (res.body.number || '') + ' và giao việc (' + res.body.tasks.length +
        ' nhiệm vụ). ', el('a', { href: '/', 'data-plan': res.body.id }, 'Xem kế hoạch'));
    } else {
      showErrors(res, byId('commit-errors'));
    }
  });
});
