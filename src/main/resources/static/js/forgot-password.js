// Asks for a new password link; the answer is the same whether or not the address has an account.
import { postJson } from './common.js';

const message = document.getElementById('message');

document.getElementById('forgot-form').addEventListener('submit', (event) => {
  event.preventDefault();
  postJson('/api/account/forgot', { email: document.getElementById('email').value }).then((res) => {
    message.textContent = res.ok ? res.body.message : res.message;
    message.className = res.ok ? 'muted' : 'error';
  });
});
