import {
  createTheme,
  type CSSVariablesResolver,
  defaultVariantColorsResolver,
  parseThemeColor,
  type VariantColorsResolver,
} from '@mantine/core';

/**
 * The colours text is drawn in, on white and on each colour's light tint: every one reads at a
 * contrast of at least 4.5:1 (WCAG AA), which Mantine's default shades do not for teal, green,
 * orange, yellow or dimmed grey.
 */
const INK: Record<string, string> = {
  teal: '#066649',
  green: '#1f6f33',
  red: '#b02525',
  orange: '#a63e0a',
  yellow: '#7a5b00',
  grape: '#862e9c',
  indigo: 'var(--mantine-color-indigo-9)',
  blue: 'var(--mantine-color-blue-9)',
  gray: 'var(--mantine-color-gray-7)',
};

const TEXT_VARIANTS = ['light', 'subtle', 'outline', 'transparent', 'default'];

const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({
    color: input.color ?? input.theme.primaryColor,
    theme: input.theme,
  });
  const ink = parsed.isThemeColor ? INK[parsed.color] : undefined;
  if (!ink) return colors;
  if (input.variant === 'filled') {
    return { ...colors, background: ink, hover: ink, color: 'var(--mantine-color-white)' };
  }
  if (TEXT_VARIANTS.includes(input.variant)) {
    return {
      ...colors,
      color: input.variant === 'default' ? colors.color : ink,
      border: input.variant === 'outline' ? `1px solid ${ink}` : colors.border,
    };
  }
  return colors;
};

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-anchor': INK.teal ?? '',
    ...Object.fromEntries(
      Object.entries(INK).map(([name, ink]) => [`--mantine-color-${name}-text`, ink]),
    ),
  },
  dark: {},
});

export const theme = createTheme({
  primaryColor: 'teal',
  // Filled buttons in the darkest teal, where white text reads at 5:1.
  primaryShade: { light: 9, dark: 8 },
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  variantColorResolver,
});
