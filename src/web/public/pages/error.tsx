import { contentLang, t, type Locale } from '../i18n';
import { Layout, type PortalFrame } from '../layout';

/** The portal's error page; the message comes from the server, in Vietnamese. */
export function ErrorPage(props: { frame: PortalFrame; locale: Locale; status: number; message: string }) {
  const { locale } = props;
  return (
    <Layout frame={props.frame} locale={locale} title={t(locale, 'error.title', { status: props.status })}>
      <h1>{t(locale, props.status === 404 ? 'error.notFound' : 'error.generic')}</h1>
      <p role="alert" lang={contentLang(locale)}>
        {props.message}
      </p>
      <p>
        <a href="/">{t(locale, 'error.home')}</a>
      </p>
    </Layout>
  );
}
