// A control page with no app: what the harness measures when a key changes one text node.
document.addEventListener('keydown', () => {
  document.querySelector('p').textContent = 'Event 0001';
});
