import { formatDateVi } from '../../../platform/text';
import { DISPOSITION_LABELS, STANCE_LABELS, COMMENTER_TYPE_LABELS, WITHHELD_LABELS, type PublicComment, type PublicDraftPage } from '../../../modules/consultation';
import { Layout, type PortalFrame } from '../layout';

const PER_ARTICLE = 5;

/** One published comment with its answer, if any. */
export function CommentItem({ c }: { c: PublicComment }) {
  return (
    <li className="comment" id={`y-kien-${c.id}`}>
      <p className="comment__meta">
        {c.displayName ?? COMMENTER_TYPE_LABELS[c.commenterType] ?? 'Người góp ý'} · {STANCE_LABELS[c.stance]}
        {c.publishedAt ? ` · ${formatDateVi(c.publishedAt.slice(0, 10), 'short')}` : ''}
      </p>
      <p className="comment__text">{c.text}</p>
      {c.answer ? (
        <div className="answer">
          <p className="answer__label">
            Cơ quan soạn thảo: <strong>{DISPOSITION_LABELS[c.answer.disposition]}</strong>
          </p>
          <p>{c.answer.explanation}</p>
        </div>
      ) : null}
      <form method="post" action={`/gop-y/y-kien/${c.id}/bao-cao`} className="flag-form">
        <input type="hidden" name="lyDo" value="Nội dung không phù hợp" />
        <button type="submit" className="link-button">
          Báo cáo ý kiến này
        </button>
      </form>
    </li>
  );
}

/** The public page of a draft: the kit, every article with its comments and a link to comment on it. */
export function DraftPage(props: { frame: PortalFrame; page: PublicDraftPage }) {
  const { page } = props;
  const round = page.round!;
  const isOpen = round.status === 'open';
  const byArticle = (anchor: string | null) => page.comments.filter((c) => c.articleAnchor === anchor);
  return (
    <Layout frame={props.frame} title={page.title}>
      <p className="eyebrow">
        {page.docTypeLabel} · {page.draftingUnitName}
      </p>
      <h1>{page.title}</h1>
      <p>
        <span className={`badge badge--${round.status}`}>{isOpen ? 'Đang lấy ý kiến' : round.status === 'closed' ? 'Đã kết thúc lấy ý kiến' : 'Sắp mở'}</span> Từ {formatDateVi(round.opensOn)} đến hết {formatDateVi(round.closesOn)}.
      </p>
      {round.synthesisFileUrl ? (
        <p>
          <a href={round.synthesisFileUrl}>Báo cáo tổng hợp, tiếp thu, giải trình ý kiến (DOCX)</a>
        </p>
      ) : null}
      {page.summary ? <p className="lead">{page.summary}</p> : null}
      {page.kit ? <Kit kit={page.kit} /> : null}
      <nav aria-label="Mục lục dự thảo" className="toc">
        <h2>Mục lục</h2>
        <ol>
          {page.articles.map((a) => (
            <li key={a.anchor}>
              <a href={`#${a.anchor}`}>
                {a.label}
                {a.title ? `. ${a.title}` : ''}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <h2>Nội dung dự thảo</h2>
      {page.articles.map((a) => {
        const list = byArticle(a.anchor);
        return (
          <section key={a.anchor} id={a.anchor} className="article" aria-labelledby={`${a.anchor}-h`}>
            <h3 id={`${a.anchor}-h`}>
              {a.label}
              {a.title ? `. ${a.title}` : ''}
            </h3>
            {a.text ? <p>{a.text}</p> : null}
            {a.clauses.map((k) => (
              <div key={k.anchor} id={k.anchor} className="clause">
                <p>{k.text}</p>
                {k.points.map((p) => (
                  <p key={p.anchor} id={p.anchor} className="point">
                    {p.text}
                  </p>
                ))}
              </div>
            ))}
            <p className="article__actions">
              {isOpen ? <a href={`/gop-y/${page.slug}/y-kien?dieu=${a.anchor}`}>Góp ý {a.label}</a> : null}
              {list.length ? ` · ${list.length} ý kiến đã công bố` : ''}
            </p>
            {list.length ? (
              <ul className="comments" aria-label={`Ý kiến về ${a.label}`}>
                {list.slice(-PER_ARTICLE).map((c) => <CommentItem key={c.id} c={c} />)}
              </ul>
            ) : null}
            {list.length > PER_ARTICLE ? <p><a href={`/gop-y/${page.slug}/y-kien-da-cong-bo?dieu=${a.anchor}`}>Xem tất cả {list.length} ý kiến về {a.label}</a></p> : null}
          </section>
        );
      })}
      <section aria-labelledby="gop-y-chung">
        <h2 id="gop-y-chung">Góp ý chung về dự thảo</h2>
        {isOpen ? <p><a href={`/gop-y/${page.slug}/y-kien`}>Gửi góp ý chung về dự thảo</a></p> : <p>Đợt lấy ý kiến không còn mở.</p>}
        <ul className="comments">{byArticle(null).slice(-10).map((c) => <CommentItem key={c.id} c={c} />)}</ul>
        {byArticle(null).length > 10 ? <p><a href={`/gop-y/${page.slug}/y-kien-da-cong-bo?dieu=chung`}>Xem tất cả ý kiến chung</a></p> : null}
      </section>
      {page.withheld.length ? (
        <p className="muted">
          Ý kiến không công bố: {page.withheld.map((w) => `${WITHHELD_LABELS[w.reason] ?? w.reason}: ${w.n}`).join('; ')}.
        </p>
      ) : null}
    </Layout>
  );
}

function Kit({ kit }: { kit: NonNullable<PublicDraftPage['kit']> }) {
  return (
    <section aria-labelledby="tai-lieu" className="kit">
      <h2 id="tai-lieu">Tài liệu truyền thông</h2>
      {kit.mainContent ? (<><h3>Nội dung chính</h3><p>{kit.mainContent}</p></>) : null}
      {kit.impacts ? (<><h3>Tác động của chính sách</h3><p>{kit.impacts}</p></>) : null}
      {kit.reasons ? (<><h3>Lý do ban hành</h3><p>{kit.reasons}</p></>) : null}
      {kit.openQuestions.length ? (<><h3>Vấn đề cần xin ý kiến</h3><ul>{kit.openQuestions.map((q) => <li key={q}>{q}</li>)}</ul></>) : null}
      {kit.howToComment ? (<><h3>Cách thức và thời hạn góp ý</h3><p>{kit.howToComment}</p></>) : null}
      {kit.qa.length ? (
        <>
          <h3>Hỏi – đáp</h3>
          <dl>{kit.qa.map((x) => (<div key={x.question}><dt>{x.question}</dt><dd>{x.answer}</dd></div>))}</dl>
        </>
      ) : null}
      {kit.englishSummary ? (
        <section lang="en" aria-labelledby="summary-en">
          <h3 id="summary-en">Summary in English</h3>
          <p>{kit.englishSummary}</p>
        </section>
      ) : null}
    </section>
  );
}
