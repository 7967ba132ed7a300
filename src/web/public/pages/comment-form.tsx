import type { ArticleView } from '../../../modules/policies';
import { Layout, type PortalFrame } from '../layout';

export interface CommentFormValues {
  commenterType: string;
  name: string;
  pseudonym: string;
  email: string;
  phone: string;
  stance: string;
  body: string;
  consentProcessing: boolean;
  consentContact: boolean;
}

export const EMPTY_VALUES: CommentFormValues = { commenterType: 'citizen', name: '', pseudonym: '', email: '', phone: '', stance: '', body: '', consentProcessing: false, consentContact: false };

const TYPES = [['citizen', 'Người dân'], ['business', 'Doanh nghiệp'], ['organisation', 'Tổ chức'], ['agency', 'Cơ quan nhà nước']] as const;
const STANCES = [['agree', 'Đồng ý'], ['disagree', 'Không đồng ý'], ['propose', 'Đề xuất sửa đổi, bổ sung']] as const;

/** The comment form: plain HTML that posts without JavaScript; errors come back next to their fields. */
export function CommentFormPage(props: { frame: PortalFrame; slug: string; draftTitle: string; article: ArticleView | null; values: CommentFormValues; errors: { path: string; message: string }[]; formError: string | null; idempotencyKey: string }) {
  const { values, errors } = props;
  const err = (path: string) => errors.find((e) => e.path === path)?.message;
  const described = (path: string, hint?: string) => [err(path) ? `${path}-loi` : '', hint ?? ''].filter(Boolean).join(' ') || undefined;
  const FieldError = ({ path }: { path: string }) => (err(path) ? <p id={`${path}-loi`} className="form-error">{err(path)}</p> : null);
  const target = props.article ? `${props.article.label}${props.article.title ? `. ${props.article.title}` : ''}` : 'toàn bộ dự thảo';
  return (
    <Layout frame={props.frame} title={`Góp ý ${props.article?.label ?? 'dự thảo'}`}>
      <p className="eyebrow">
        <a href={`/gop-y/${props.slug}`}>{props.draftTitle}</a>
      </p>
      <h1>Góp ý {target}</h1>
      {props.article ? (
        <blockquote className="article-quote">
          {props.article.text ? <p>{props.article.text}</p> : null}
          {props.article.clauses.map((k) => (
            <p key={k.anchor}>{[k.text, ...k.points.map((p) => p.text)].join(' ')}</p>
          ))}
        </blockquote>
      ) : null}
      {errors.length || props.formError ? (
        <div role="alert" className="error-summary" aria-labelledby="loi-tieu-de">
          <h2 id="loi-tieu-de">{props.formError ?? 'Vui lòng kiểm tra lại các mục sau'}</h2>
          <ul>{errors.map((e) => <li key={e.path}><a href={`#${e.path}`}>{e.message}</a></li>)}</ul>
        </div>
      ) : null}
      <form method="post" action={`/gop-y/${props.slug}/y-kien`} encType="multipart/form-data" className="comment-form">
        <input type="hidden" name="idempotencyKey" value={props.idempotencyKey} />
        <input type="hidden" name="dieu" value={props.article?.anchor ?? ''} />
        <fieldset id="commenterType">
          <legend>Bạn góp ý với tư cách</legend>
          {TYPES.map(([v, label]) => (
            <label key={v} className="choice">
              <input type="radio" name="commenterType" value={v} defaultChecked={values.commenterType === v} /> {label}
            </label>
          ))}
        </fieldset>
        <p className="field">
          <label htmlFor="name">Họ và tên (hoặc tên tổ chức)</label>
          <input id="name" name="name" autoComplete="name" required maxLength={200} defaultValue={values.name} aria-invalid={err('name') ? true : undefined} aria-describedby={described('name')} />
        </p>
        <FieldError path="name" />
        <p className="field">
          <label htmlFor="pseudonym">Tên hiển thị công khai (không bắt buộc)</label>
          <input id="pseudonym" name="pseudonym" maxLength={100} defaultValue={values.pseudonym} aria-describedby="pseudonym-goi-y" />
          <span id="pseudonym-goi-y" className="hint">Nếu để trống, ý kiến được công bố không kèm tên.</span>
        </p>
        <p className="field">
          <label htmlFor="email">Email</label>
          <input id="email" name="email" type="email" autoComplete="email" maxLength={200} defaultValue={values.email} aria-invalid={err('email') ? true : undefined} aria-describedby={described('email', 'lien-he-goi-y')} />
        </p>
        <FieldError path="email" />
        <p className="field">
          <label htmlFor="phone">Số điện thoại</label>
          <input id="phone" name="phone" type="tel" autoComplete="tel" maxLength={20} defaultValue={values.phone} aria-invalid={err('phone') ? true : undefined} aria-describedby={described('phone', 'lien-he-goi-y')} />
        </p>
        <FieldError path="phone" />
        <p id="lien-he-goi-y" className="hint">Nhập email hoặc số điện thoại. Thông tin liên hệ không bao giờ được công khai.</p>
        <fieldset id="stance" aria-describedby={described('stance')}>
          <legend>Ý kiến của bạn</legend>
          {STANCES.map(([v, label]) => (
            <label key={v} className="choice">
              <input type="radio" name="stance" value={v} defaultChecked={values.stance === v} required /> {label}
            </label>
          ))}
        </fieldset>
        <FieldError path="stance" />
        <p className="field">
          <label htmlFor="body">Nội dung góp ý</label>
          <textarea id="body" name="body" rows={8} required maxLength={10000} defaultValue={values.body} aria-invalid={err('body') ? true : undefined} aria-describedby={described('body')} />
        </p>
        <FieldError path="body" />
        <p className="field">
          <label htmlFor="attachments">Tệp đính kèm (không bắt buộc)</label>
          <input id="attachments" name="attachments" type="file" multiple accept=".pdf,.docx,.png,.jpg,.jpeg,.gif,.webp" aria-describedby={described('attachments', 'tep-goi-y')} />
          <span id="tep-goi-y" className="hint">PDF, DOCX hoặc ảnh; tối đa 3 tệp, mỗi tệp 5 MB.</span>
        </p>
        <FieldError path="attachments" />
        <fieldset id="consent" aria-describedby={described('consent')}>
          <legend>Đồng ý xử lý dữ liệu cá nhân</legend>
          <label className="choice">
            <input type="checkbox" name="consentProcessing" value="1" defaultChecked={values.consentProcessing} /> Tôi đồng ý để cơ quan soạn thảo thu thập, xử lý họ tên và thông tin liên hệ của tôi nhằm tiếp nhận, xử lý góp ý này (bắt buộc).
          </label>
          <label className="choice">
            <input type="checkbox" name="consentContact" value="1" defaultChecked={values.consentContact} /> Tôi đồng ý nhận email thông báo khi ý kiến được trả lời.
          </label>
        </fieldset>
        <FieldError path="consent" />
        <p>
          <button type="submit">Gửi góp ý</button>
        </p>
      </form>
    </Layout>
  );
}
