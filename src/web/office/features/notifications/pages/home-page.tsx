import { DateText, PageHeader } from '../../../../ui';
import { useQuery } from '@tanstack/react-query';
import { notificationQueries } from '../api';
import type { HomeCard, HomeView } from '../api-types';
import { AsyncView } from '../../../app/components/async-view';
import { roleInUnit } from '../../accounts/components/role-text';
import { isCurrent, navItemsFor } from '../../../app/components/nav-items';
import { FirstRunChecklist } from '../../accounts/components/first-run-checklist';
import { useI18n } from '../../../app/i18n-context';
import type { MessageKey, Translate } from '../../../app/i18n';
import { HrefLink } from '../../../app/components/href-link';
import { Link, paths } from '../../../app/router';
import { useMe } from '../../../app/session';
import { useDocumentTitle } from '../../../app/use-document-title';
import '../notifications.css';

const CARD_TITLES: Record<Exclude<HomeCard['key'], 'reportDuty'>, MessageKey> = {
  moderate: 'home.card.moderate',
  answer: 'home.card.answer',
  approve: 'home.card.approve',
  review: 'home.card.review',
  overdue: 'home.card.overdue',
  dueSoon: 'home.card.dueSoon',
  closingRounds: 'home.card.closingRounds',
  pressIntake: 'home.card.pressIntake',
  pressAnswer: 'home.card.pressAnswer',
  crisisApprove: 'home.card.crisisApprove',
  crisisTasks: 'home.card.crisisTasks',
  commissionApprove: 'home.card.commissionApprove',
  commissionSign: 'home.card.commissionSign',
};

function cardTitle(card: HomeCard, view: HomeView, t: Translate): string {
  if (card.key === 'reportDuty') return view.periodLabel ? t('home.card.reportDuty', { period: view.periodLabel }) : t('home.card.reportDutyNoPeriod');
  return t(CARD_TITLES[card.key]);
}

function WorkCard({ card, view }: { card: HomeCard; view: HomeView }) {
  const { t } = useI18n();
  const headingId = `work-${card.key}`;
  return (
    <li className="card">
      <h3 className="work-card__head" id={headingId}>
        <span>{cardTitle(card, view, t)}</span>
        <span className={card.count ? 'work-card__count' : 'work-card__count work-card__count--zero'}>{card.count}</span>
      </h3>
      {card.count === 0 ? (
        <p className="muted">{t('home.nothing')}</p>
      ) : (
        <>
          <ul className="work-card__items">
            {card.items.map((item) => (
              <li key={`${item.link}|${item.title}`}>
                <HrefLink href={item.link}>{item.title}</HrefLink>
                {item.count !== null ? ` (${t('home.itemCount', { count: item.count })})` : null}
                {item.dueOn ? (
                  <>
                    {' — '}
                    {t(card.key === 'closingRounds' ? 'home.closes' : 'home.due')} <DateText value={item.dueOn} />
                  </>
                ) : null}
                {item.context ? <span className="work-card__context">{item.context}</span> : null}
              </li>
            ))}
          </ul>
          <p>
            <HrefLink href={card.link}>{t('home.openList')}</HrefLink>
          </p>
        </>
      )}
    </li>
  );
}

/** Greeting, what waits for the person (by their roles: counts, the first items, links), their roles and the sections. */
export function HomePage() {
  const { t } = useI18n();
  const me = useMe();
  useDocumentTitle(t('nav.home'));
  const sections = navItemsFor(me).filter((item) => item.to !== paths.home);
  const home = useQuery(notificationQueries.home());

  return (
    <>
      <PageHeader title={t('home.greeting', { name: me.user.displayName })} description={t('home.intro')} />
      {home.data?.showChecklist ? <FirstRunChecklist /> : null}
      <section aria-labelledby="home-waiting">
        <h2 id="home-waiting">{t('home.waiting')}</h2>
        <AsyncView result={home}>
          {(view) =>
            view.cards.length === 0 ? (
              <p className="empty">{t('home.nothing')}</p>
            ) : (
              <>
                <p className="muted">{t('home.waitingIntro')}</p>
                <ul className="work-grid">
                  {view.cards.map((card) => (
                    <WorkCard key={card.key} card={card} view={view} />
                  ))}
                </ul>
              </>
            )
          }
        </AsyncView>
      </section>
      <section className="panel" aria-labelledby="home-roles">
        <h2 id="home-roles">{t('home.roles')}</h2>
        {me.roles.length === 0 ? (
          <p className="empty">{t('home.noRoles')}</p>
        ) : (
          <ul className="plain-list">
            {me.roles.map((r) => (
              <li key={`${r.role}:${r.unitId}`}>{roleInUnit(r, t)}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="home-sections">
        <h2 id="home-sections">{t('home.sections')}</h2>
        <ul className="card-grid">
          {sections.map((item) => (
            <li key={item.to.to} className="card">
              <Link to={item.to} className="card__link">
                {t(item.label)}
              </Link>
              <p className="card__text">{t(item.description)}</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
