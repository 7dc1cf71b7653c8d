// A person chooses their password from the link mailed to them (new account, or "Quên mật khẩu").
import { getJson, postJson } from './common.js';

const token = new URLSearchParams(window.location.search).get('token') || '';
const form = document.getElementById('password-form');
const message = document.getElementById('message');

getJson('/api/account/password?token=' + encodeURIComponent(token)).then((holder) => {
  document.getElementById('account').textContent =
    'Tài khoản: ' + holder.userId + (holder.name ? ' (' + holder.name + ')' : '');
}, (e) => {
  message.textContent = e.message;
  document.getElementById('submit').disabled = true;
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const password = document.getElementById('password').value;
  if (password !== document.getElementById('password2').value) {
    message.textContent = 'Hai lần nhập mật khẩu không khớp.';
    return;
  }
  postJson('/api/account/password', { token: token, password: password }).then((res) => {
    message.textContent = res.ok ? res.body.message : res.message;
    if (res.ok) {
      message.className = 'muted';
      document.getElementById('submit').disabled = true;
      document.getElementById('done').hidden = false;
    }
  });
});
