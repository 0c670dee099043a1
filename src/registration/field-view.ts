import { html, nothing, type TemplateResult } from 'lit';
import { msg, type Lang } from '../data/i18n.js';
import { localText, type FieldDefinition, type FieldValue } from './fields.js';

/** What rendering one field needs from the form. */
export interface FieldContext {
  readonly lang: Lang;
  readonly value: FieldValue | undefined;
  readonly error?: string;
  readonly privacyHref?: string;
  readonly onInput: (name: string, value: FieldValue) => void;
  readonly onLeave: (name: string) => void;
}

/** The element id of a field's control (the error summary links to it). */
export function fieldId(name: string): string {
  return `f-${name}`;
}

/**
 * One field with its visible label, hint and inline error, linked by
 * `aria-describedby`; native controls only.
 */
export function renderField(field: FieldDefinition, ctx: FieldContext): TemplateResult {
  const id = fieldId(field.name);
  const hintId = field.hint ? `${id}-hint` : undefined;
  const errorId = ctx.error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const label = localText(field.label, ctx.lang);
  const marker = field.required ? html`<span aria-hidden="true"> *</span>` : html` <span class="optional">${msg(ctx.lang, 'regOptional')}</span>`;
  const hint = field.hint ? html`<p part="hint" id=${hintId!}>${localText(field.hint, ctx.lang)}</p>` : nothing;
  const error = ctx.error
    ? html`<p part="field-error" id=${errorId!}><span class="visually-hidden">${msg(ctx.lang, 'regErrorPrefix')}</span> ${ctx.error}</p>`
    : nothing;
  const invalid = ctx.error ? 'true' : 'false';
  const text = typeof ctx.value === 'string' ? ctx.value : '';
  const input = (e: Event) => ctx.onInput(field.name, (e.target as HTMLInputElement).value);
  const leave = () => ctx.onLeave(field.name);

  if (field.type === 'checkbox') {
    return html`<div part="field field-checkbox" class=${ctx.error ? 'invalid' : ''}>
      ${error}
      <div class="check">
        <input
          id=${id}
          type="checkbox"
          name=${field.name}
          .checked=${ctx.value === true}
          ?required=${field.required}
          aria-invalid=${invalid}
          aria-describedby=${describedBy ?? nothing}
          @change=${(e: Event) => ctx.onInput(field.name, (e.target as HTMLInputElement).checked)}
          @blur=${leave}
        />
        <label for=${id}>${label}${field.required ? html`<span aria-hidden="true"> *</span>` : nothing}</label>
      </div>
      ${field.consent && ctx.privacyHref ? html`<p class="privacy"><a part="privacy-link" href=${ctx.privacyHref}>${msg(ctx.lang, 'regPrivacy')}</a></p>` : nothing}
      ${hint}
    </div>`;
  }

  if (field.type === 'radio') {
    return html`<fieldset part="field field-radio" class=${ctx.error ? 'invalid' : ''} aria-describedby=${describedBy ?? nothing}>
      <legend>${label}${marker}</legend>
      ${hint} ${error}
      ${(field.options ?? []).map(
        (option, i) => html`<div class="check">
          <input
            id=${i === 0 ? id : `${id}-${i}`}
            type="radio"
            name=${field.name}
            .value=${option.value}
            .checked=${text === option.value}
            ?required=${field.required}
            aria-invalid=${invalid}
            @change=${() => ctx.onInput(field.name, option.value)}
            @blur=${leave}
          />
          <label for=${i === 0 ? id : `${id}-${i}`}>${localText(option.label, ctx.lang)}</label>
        </div>`,
      )}
    </fieldset>`;
  }

  let control: TemplateResult;
  if (field.type === 'select') {
    control = html`<select
      id=${id}
      name=${field.name}
      autocomplete=${field.autocomplete ?? nothing}
      ?required=${field.required}
      aria-invalid=${invalid}
      aria-describedby=${describedBy ?? nothing}
      @change=${input}
      @blur=${leave}
    >
      <option value="" ?selected=${text === ''}>${msg(ctx.lang, 'regChoose')}</option>
      ${(field.options ?? []).map((o) => html`<option .value=${o.value} ?selected=${o.value === text}>${localText(o.label, ctx.lang)}</option>`)}
    </select>`;
  } else if (field.type === 'textarea') {
    control = html`<textarea
      id=${id}
      name=${field.name}
      rows="4"
      maxlength=${field.maxLength ?? nothing}
      ?required=${field.required}
      aria-invalid=${invalid}
      aria-describedby=${describedBy ?? nothing}
      .value=${text}
      @input=${input}
      @blur=${leave}
    ></textarea>`;
  } else {
    control = html`<input
      id=${id}
      name=${field.name}
      type=${field.type}
      autocomplete=${field.autocomplete ?? nothing}
      maxlength=${field.maxLength ?? nothing}
      inputmode=${field.type === 'tel' ? 'tel' : nothing}
      spellcheck=${field.type === 'email' ? 'false' : 'true'}
      ?required=${field.required}
      aria-invalid=${invalid}
      aria-describedby=${describedBy ?? nothing}
      .value=${text}
      @input=${input}
      @blur=${leave}
    />`;
  }
  return html`<div part="field field-${field.type}" class=${ctx.error ? 'invalid' : ''}>
    <label for=${id}>${label}${marker}</label>
    ${hint} ${error} ${control}
  </div>`;
}
