import { formatDateVi } from '../../../platform/text';
import type { PublicConsultation } from '../../../modules/consultation';
import { Layout, type PortalFrame } from '../layout';

const STATUS = { open: 'Đang lấy ý kiến', closed: 'Đã kết thúc', scheduled: 'Sắp mở' } as const;

/** The list of consultations with an accent-insensitive search that works without JavaScript. */
export function ConsultationsPage(props: { frame: PortalFrame; q: string; items: PublicConsultation[] }) {
  const open = props.items.filter((i) => i.status === 'open');
  const closed = props.items.filter((i) => i.status !== 'open');
  return (
    <Layout frame={props.frame} title="Góp ý dự thảo">
      <h1>Góp ý dự thảo chính sách</h1>
      <p>Đọc dự thảo, góp ý từng điều; mỗi ý kiến đều được cơ quan soạn thảo tiếp thu hoặc giải trình công khai.</p>
      <form method="get" action="/gop-y" role="search" className="inline-form">
        <label htmlFor="q">Tìm dự thảo</label>
        <input id="q" name="q" type="search" defaultValue={props.q} />
        <button type="submit">Tìm</button>
      </form>
      <p>
        <a href="/gop-y/feed.atom">Theo dõi bằng Atom</a> · <a href="/du-lieu-mo/y-kien.json">Dữ liệu mở (JSON)</a> · <a href="/du-lieu-mo/y-kien.csv">Dữ liệu mở (CSV)</a>
      </p>
      <List title="Đang lấy ý kiến" id="dang-mo" items={open} empty={props.q ? 'Không có dự thảo đang lấy ý kiến khớp với từ khóa.' : 'Hiện không có dự thảo nào đang lấy ý kiến.'} />
      <List title="Đã kết thúc" id="da-dong" items={closed} empty="Chưa có đợt lấy ý kiến nào kết thúc." />
    </Layout>
  );
}

function List(props: { title: string; id: string; items: PublicConsultation[]; empty: string }) {
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.items.length === 0 ? <p>{props.empty}</p> : null}
      <ul className="card-list">
        {props.items.map((i) => (
          <li key={i.slug} className="card">
            <h3>
              <a href={`/gop-y/${i.slug}`}>{i.title}</a>
            </h3>
            <p>
              {i.docTypeLabel} · {i.draftingUnitName}
            </p>
            <p>
              <span className={`badge badge--${i.status}`}>{STATUS[i.status]}</span> Từ {formatDateVi(i.opensOn, 'short')} đến {formatDateVi(i.closesOn, 'short')}
              {i.hasSynthesis ? ' · Đã công bố báo cáo tổng hợp' : ''}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
