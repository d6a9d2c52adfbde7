// Loaded first by the strict-CSP test pages (an external script: inline ones are blocked there). Records every
// Content-Security-Policy violation and every console warning the page produces, for the test to read.
window.__violations = [];
window.__warnings = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push({
    directive: event.effectiveDirective,
    blocked: event.blockedURI,
    source: event.sourceFile,
    sample: event.sample,
  });
});
const warn = console.warn.bind(console);
console.warn = (...args) => {
  window.__warnings.push(args.map(String).join(' '));
  warn(...args);
};
