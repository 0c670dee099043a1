/**
 * The programme formats recognised by content, not by file name: small tests, shared by the
 * widgets' reader (programme.ts) and the Node converter (src/convert.ts) without loading either
 * format's parser.
 */

/** Whether `text` is an iCalendar file. */
export const isICalendar = (text: string): boolean => /^\s*BEGIN:VCALENDAR/i.test(text);

/** Whether `text` is frab's `schedule.xml` (its root element `<schedule>`, after a declaration and comments). */
export const isScheduleXml = (text: string): boolean => /^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*<schedule[\s>]/.test(text);

/** Why markup that is no `schedule.xml` (an HTML page, other XML) is no event data: one message for the console, the CLI and the builder. */
export const MARKUP_MESSAGE = "markup (an HTML page or XML other than frab's schedule.xml), not event data";
