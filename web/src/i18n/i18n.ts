import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { getSettings } from '../theme/settings';
import id from './id.json';

/**
 * Bahasa Indonesia is bundled (it is what nearly everyone sees); English is loaded in its
 * own chunk the first time someone switches to it.
 */
export async function setupI18n(): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: { id: { translation: id } },
    lng: 'id',
    fallbackLng: 'id',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  if (getSettings().language === 'en') await changeLanguage('en');
  return i18next;
}

export async function changeLanguage(lng: 'id' | 'en'): Promise<void> {
  if (lng === 'en' && !i18next.hasResourceBundle('en', 'translation')) {
    const en = await import('./en.json');
    i18next.addResourceBundle('en', 'translation', en.default);
  }
  await i18next.changeLanguage(lng);
  document.documentElement.lang = lng;
}
