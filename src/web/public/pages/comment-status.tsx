import { formatDateTimeVi } from '../../../platform/text';
import { DISPOSITION_LABELS, STANCE_LABELS, STATE_LABELS, WITHHELD_LABELS, type FollowView } from '../../../modules/consultation';
import { Layout, type PortalFrame } from '../layout';

/** Shown right after a comment is saved: the receipt code and what happens next. */
export function ReceiptPage(props: { frame: PortalFrame; view: FollowView; needsVerification: boolean }) {
  const { view } = props;
  return (
    <Layout frame={props.frame} title="Biên nhận góp ý">
      <h1>Đã nhận góp ý của bạn</h1>
      <p role="status">
        Mã biên nhận: <strong className="receipt-code">{view.receiptCode}</strong>
      </p>
      <p>
        Góp ý về {view.articleLabel} của dự thảo <a href={`/gop-y/${view.draftSlug}`}>{view.draftTitle}</a>, gửi lúc {formatDateTimeVi(new Date(view.submittedAt))}.
      </p>
      {props.needsVerification ? <p>Chúng tôi đã gửi thư đến email của bạn. Vui lòng mở liên kết trong thư để xác nhận; ý kiến chỉ được xem xét công bố sau khi xác nhận.</p> : null}
      <p>
        Hãy lưu mã này để <a href={`/gop-y/tra-cuu?ma=${view.receiptCode}`}>theo dõi ý kiến và câu trả lời</a> của cơ quan soạn thảo.
      </p>
    </Layout>
  );
}

/** Follow a comment by its receipt code. */
export function FollowPage(props: { frame: PortalFrame; code: string; view: FollowView | null; title?: string }) {
  const { view } = props;
  return (
    <Layout frame={props.frame} title="Tra cứu ý kiến">
      <h1>{props.title ?? 'Tra cứu ý kiến góp ý'}</h1>
      <form method="get" action="/gop-y/tra-cuu" className="inline-form">
        <label htmlFor="ma">Mã biên nhận</label>
        <input id="ma" name="ma" defaultValue={props.code} placeholder="GY-…" />
        <button type="submit">Tra cứu</button>
      </form>
      {props.code && !view ? <p role="alert" className="form-error">Không tìm thấy ý kiến có mã “{props.code}”. Kiểm tra lại mã biên nhận.</p> : null}
      {view ? (
        <section aria-labelledby="ket-qua">
          <h2 id="ket-qua">Ý kiến {view.receiptCode}</h2>
          <dl className="facts">
            <dt>Dự thảo</dt>
            <dd><a href={`/gop-y/${view.draftSlug}`}>{view.draftTitle}</a></dd>
            <dt>Góp ý về</dt>
            <dd>{view.articleLabel}</dd>
            <dt>Ý kiến</dt>
            <dd>{STANCE_LABELS[view.stance]}</dd>
            <dt>Tình trạng</dt>
            <dd>{STATE_LABELS[view.state]}{view.state === 'withheld' && view.withheldReason ? ` (${WITHHELD_LABELS[view.withheldReason]})` : ''}</dd>
          </dl>
          {view.publicText ? <><h3>Nội dung đã công bố</h3><p>{view.publicText}</p></> : null}
          <h3>Trả lời của cơ quan soạn thảo</h3>
          {view.answer ? (
            <div className="answer">
              <p><strong>{DISPOSITION_LABELS[view.answer.disposition]}</strong></p>
              <p>{view.answer.explanation}</p>
            </div>
          ) : (
            <p>Chưa có câu trả lời. Câu trả lời được công bố cùng báo cáo tổng hợp sau khi kết thúc lấy ý kiến.</p>
          )}
        </section>
      ) : null}
    </Layout>
  );
}
