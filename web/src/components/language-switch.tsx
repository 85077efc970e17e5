import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n/i18n';
import { updateSettings, useSettings } from '../theme/settings';

/** Bahasa Indonesia / English; remembered on the device. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const settings = useSettings();

  function handleChange(value: string) {
    const lng = value === 'en' ? 'en' : 'id';
    updateSettings({ language: lng });
    void changeLanguage(lng);
  }

  return (
    <SegmentedControl
      fullWidth
      aria-label={t('settings.language')}
      value={settings.language}
      onChange={handleChange}
      data={[
        { value: 'id', label: 'Bahasa Indonesia' },
        { value: 'en', label: 'English' },
      ]}
    />
  );
}
