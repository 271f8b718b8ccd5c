import type { PlatformWarning } from './PlatformWarning';
import type { ThemeFinding } from './resolveTheme';

const quote = (value: string) => JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);

/**
 * Words a finding of the theme (a colour, image or card position the kit dropped or replaced) as a warning for
 * developers, in English. Kept apart from `resolveTheme` so that the screens, which only apply the theme, do
 * not carry these sentences. Internal.
 * @example
 * themeWarning({ code: 'invalid-color', path: 'look_and_feel.background_color', value: 'teal' }).message;
 * // 'look_and_feel.background_color is not a colour the kit accepts ("teal"): use hex (#rrggbb) or rgb(). It is ignored.'
 */
export function themeWarning({ code, path, value, contrast }: ThemeFinding): PlatformWarning {
  const given = quote(value);
  let message: string;
  if (code === 'invalid-color') message = `${path} is not a colour the kit accepts (${given}): use hex (#rrggbb) or rgb(). It is ignored.`;
  else if (code === 'insecure-image-url') message = `${path} is an http: URL (${given}); browsers block or flag it on https pages. Use https:. It is ignored.`;
  else if (code === 'unsafe-image-url') message = `${path} is not an https: URL or a same-origin path (${given}). It is ignored.`;
  else if (code === 'unknown-card-position') message = `${path} is ${given}; expected left, center or right. center is used.`;
  else
    message = `${path} ${given} on ${contrast?.drawn ?? '?'} has a contrast of ${(contrast?.ratio ?? 0).toFixed(2)}:1 (at least ${contrast?.minimum ?? 4.5}:1 is needed). ${contrast?.replacement ?? 'The default text colour'} is used.`;
  return { code, path, message };
}
