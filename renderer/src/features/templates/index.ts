// What other features may embed: the composer (the incident flow's "Apologise" step) and the call script ("Talk").
export { ApologyComposer, type ApologyComposerProps } from './ApologyComposer';
export { CallScript, type CallScriptProps } from './CallScript';
