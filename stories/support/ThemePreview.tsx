import type { CSSProperties } from 'react';
import { readPlatformConfig } from '../../src/config/readPlatformConfig';
import { themeFromConfig } from '../../src/config/theme';
import type { PlatformSchema } from '../../src/schemas/config';
import * as Config from '../../src/components/Config';

/** The themed card of a config, and the warnings of what was dropped. */
export function ThemePreview({ config }: { config: PlatformSchema }) {
  const theme = themeFromConfig(config);
  const view = readPlatformConfig(config);
  return (
    <section className="fdk-auth" style={theme.style as CSSProperties} data-testid="themed">
      <div className="fdk-card">
        <Config.Heading view={view} fallbackTitle="Sign in" />
        <Config.FlashCard view={view} />
        <h2 className="fdk-title">Dropped or replaced</h2>
        <ul data-testid="warnings">
          {theme.warnings.map((warning, index) => (
            <li key={index}>{warning.message}</li>
          ))}
        </ul>
      </div>
    </section>
  );
}
