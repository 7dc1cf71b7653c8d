// The first administrator, made by whoever holds the one-time link the server wrote in its log.
import { getJson, postJson } from './common.js';

const token = new URLSearchParams(window.location.search).get('token') || '';
const form = document.getElementById('setup-form');
const message = document.getElementById('message');

getJson('/api/account/setup?token=' + encodeURIComponent(token)).catch((e) => {
  message.textContent = e.message;
  document.getElementById('submit').disabled = true;
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const value = (id) => document.getElementById(id).value;
  if (value('password') !== value('password2')) {
    message.textContent = 'Hai lần nhập mật khẩu không khớp.';
    return;
  }
  postJson('/api/account/setup', {
    token: token,
    userId: value('userId'),
    fullName: value('fullName'),
    email: value('email'),
    password: value('password')
  }).then((res) => {
    message.textContent = res.message || res.body.message;
    if (res.ok) {
      message.className = 'muted';
      document.getElementById('submit').disabled = true;
      document.getElementById('done').hidden = false;
    }
  });
});
