export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    // Page analysis and highlighting are wired here (see lib/analyze.ts).
  },
});
