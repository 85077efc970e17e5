import { createTheme, type MantineThemeOverride } from '@mantine/core';

/**
 * Large controls by default: many users are older and on small phones, so every button
 * and input is at least 48 px tall (Mantine "lg" is 50 px).
 */
export function buildTheme(highContrast: boolean): MantineThemeOverride {
  return createTheme({
    primaryColor: 'sipolima',
    primaryShade: highContrast ? 9 : 7,
    colors: {
      sipolima: [
        '#e8f1fa',
        '#cfe0f1',
        '#9dc0e4',
        '#689ed7',
        '#3f81cb',
        '#266fc4',
        '#1c65bf',
        '#1c5d99',
        '#114a80',
        '#053a66',
      ],
    },
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
    defaultRadius: 'md',
    components: {
      Button: { defaultProps: { size: 'lg' } },
      TextInput: { defaultProps: { size: 'lg' } },
      PasswordInput: { defaultProps: { size: 'lg' } },
      NumberInput: { defaultProps: { size: 'lg' } },
      Select: { defaultProps: { size: 'lg' } },
      Textarea: { defaultProps: { size: 'lg' } },
      SegmentedControl: { defaultProps: { size: 'lg' } },
      Checkbox: { defaultProps: { size: 'lg' } },
      Switch: { defaultProps: { size: 'lg' } },
      ActionIcon: { defaultProps: { size: 48 } },
      Burger: { defaultProps: { size: 'md' } },
    },
  });
}
