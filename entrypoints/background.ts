export default defineBackground(() => {
  // Message routing, context menu and commands are wired here as features land.
});
