import { t, type Locale } from '../i18n';
import { Layout, type PortalFrame } from '../layout';

/** What the page says: asked (with the answer to confirm), answered now, answered before, or a dead link. */
export type AttributionView =
  | { step: 'ask'; token: string; answer: 'dung' | 'khong'; receiptCode: string }
  | { step: 'done'; answer: 'dung' | 'khong'; receiptCode: string; isRecorded: boolean }
  | { step: 'invalid' };

// This page's own texts (its two locales side by side); the portal's shared words come from its dictionary.
const TEXTS = {
  vi: {
    title: 'Xác minh người gửi góp ý',
    askDung: 'Bạn xác nhận đã gửi góp ý mã {code}?',
    askKhong: 'Bạn xác nhận không gửi góp ý mã {code}?',
    askIntro: 'Cơ quan soạn thảo hỏi vì góp ý này ghi địa chỉ email của bạn. Câu trả lời chỉ giúp cơ quan soạn thảo biết góp ý có đúng là của bạn; góp ý không bị xoá vì câu trả lời này. Mỗi liên kết chỉ dùng được một lần.',
    submitDung: 'Đúng, tôi đã gửi',
    submitKhong: 'Không phải tôi',
    other: 'Chọn nhầm? Trả lời ngược lại',
    doneDung: 'Cảm ơn bạn. Đã ghi nhận: bạn đã gửi góp ý mã {code}.',
    doneKhong: 'Cảm ơn bạn. Đã ghi nhận: bạn không gửi góp ý mã {code}. Cán bộ kiểm duyệt sẽ xem xét góp ý này.',
    already: 'Liên kết này đã được dùng; câu trả lời trước đó được giữ nguyên.',
    invalid: 'Liên kết không đúng, đã được dùng hoặc đã hết hạn.',
  },
  en: {
    title: 'Who sent this comment?',
    askDung: 'Do you confirm that you sent comment {code}?',
    askKhong: 'Do you confirm that you did not send comment {code}?',
    askIntro: 'The drafting agency asks because this comment gives your email address. Your answer only tells the agency whether the comment is yours; the comment is not deleted because of it. Each link works once.',
    submitDung: 'Yes, I sent it',
    submitKhong: 'No, it was not me',
    other: 'Wrong choice? Answer the other way',
    doneDung: 'Thank you. Recorded: you sent comment {code}.',
    doneKhong: 'Thank you. Recorded: you did not send comment {code}. A moderator will look at this comment.',
    already: 'This link was already used; the earlier answer stands.',
    invalid: 'This link is wrong, already used or expired.',
  },
} as const;

const fill = (text: string, code: string) => text.replace('{code}', code);

/**
 * "Có phải bạn đã gửi góp ý mã GY-…?": the page of the two links of the mail. Opening a link records nothing (mail
 * scanners open links); the page asks to confirm with a button that posts the form, without JavaScript. It shows
 * the receipt code only, never the commenter's name, email or text.
 */
export function AttributionCheckPage(props: { frame: PortalFrame; locale: Locale; view: AttributionView }) {
  const { locale, view } = props;
  const x = TEXTS[locale];
  return (
    <Layout frame={props.frame} locale={locale} title={x.title}>
      <h1>{x.title}</h1>
      {view.step === 'invalid' ? <p role="alert">{x.invalid}</p> : null}
      {view.step === 'ask' ? (
        <>
          <p>{fill(view.answer === 'dung' ? x.askDung : x.askKhong, view.receiptCode)}</p>
          <p>{x.askIntro}</p>
          <form method="post" action="/gop-y/xac-minh" className="comment-form">
            <input type="hidden" name="ma" value={view.token} />
            <input type="hidden" name="tra-loi" value={view.answer} />
            <p>
              <button type="submit">{view.answer === 'dung' ? x.submitDung : x.submitKhong}</button>
            </p>
          </form>
          <p>
            <a href={`/gop-y/xac-minh?ma=${encodeURIComponent(view.token)}&tra-loi=${view.answer === 'dung' ? 'khong' : 'dung'}`}>{x.other}</a>
          </p>
        </>
      ) : null}
      {view.step === 'done' ? (
        <p role="status" className="notice">
          {view.isRecorded ? fill(view.answer === 'dung' ? x.doneDung : x.doneKhong, view.receiptCode) : x.already}
        </p>
      ) : null}
      <p>
        <a href="/gop-y/tra-cuu">{t(locale, 'follow.heading')}</a>
      </p>
    </Layout>
  );
}
