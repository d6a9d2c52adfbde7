// Listens for the user's selection (inline scripts are not allowed under this page's policy).
const picked = document.getElementById('picked');
document.getElementById('graph').addEventListener('argmap-select', (event) => {
  picked.textContent = event.detail.node ? `Selected: ${event.detail.node.label}` : 'Select a node.';
});
