'use client';
import type { PlatformView } from '../config/readPlatformConfig';

/**
 * The config's headings (`display`, `subtext`), always rendered as text.
 * @example
 * <Config.Heading view={view} fallbackTitle={messages.loginTitle} />
 */
export function ConfigHeading({ view, fallbackTitle, fallbackSubtitle, level = 1, className }: { view: PlatformView; fallbackTitle?: string; fallbackSubtitle?: string; level?: 1 | 2 | 3; className?: string }) {
  const title = view.headings.title ?? fallbackTitle;
  const subtitle = view.headings.subtitle ?? fallbackSubtitle;
  const Heading = `h${level}` as const;
  return (
    <header className={className ?? 'fdk-heading'}>
      {title ? <Heading className="fdk-title">{title}</Heading> : null}
      {subtitle ? <p className="fdk-subtitle">{subtitle}</p> : null}
    </header>
  );
}

/** The config's banner (`flash_card`), as text, in its checked colours; nothing when its text is blank. */
export function ConfigFlashCard({ view, className }: { view: PlatformView; className?: string }) {
  if (!view.flashCard) return null;
  return (
    <div
      className={className ?? 'fdk-flash-card'}
      role="note"
      style={{ color: view.flashCard.textColor, backgroundColor: view.flashCard.backgroundColor }}
    >
      {view.flashCard.text}
    </div>
  );
}

/** The config's image (`desktop_image`, `mobile_image`), decorative; nothing when both are missing or unsafe. */
export function ConfigImage({ view, className, alt = '' }: { view: PlatformView; className?: string; alt?: string }) {
  const { desktop, mobile } = view.images;
  const fallback = desktop ?? mobile;
  if (!fallback) return null;
  return (
    <picture className={className ?? 'fdk-image'}>
      {mobile && desktop ? <source media="(max-width: 640px)" srcSet={mobile} /> : null}
      <img src={fallback} alt={alt} loading="lazy" decoding="async" />
    </picture>
  );
}

ConfigHeading.displayName = 'Config.Heading';
ConfigFlashCard.displayName = 'Config.FlashCard';
ConfigImage.displayName = 'Config.Image';

export { ConfigHeading as Heading, ConfigFlashCard as FlashCard, ConfigImage as Image };
