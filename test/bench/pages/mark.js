// Evaluated right before the widget script: the start of "script evaluation to a focusable field".
performance.mark('script-start');
