import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FieldError } from '@tandem/shared-domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { PG_UNIQUE_VIOLATION, pgErrorCode } from '../../common/db-errors';
import { DomainError, Errors } from '../../common/domain-error';
import { invalid } from '../../common/field-error';
import type { AskForHostPlacesInput, HostOfferInput, HostOffersArgs } from './dto/mobility.inputs';
import { MobilityAccess, organisationScope } from './mobility-access';
import type { HostOfferModel, HostOfferRequestModel, MobilityOrganisationModel } from './mobility.model';
import { MobilitiesRepository, type HostOfferRequestRow, type HostOfferRow } from './mobilities.repository';

const clean = (text: string | null | undefined) => {
  const t = text?.trim();
  return t ? t : null;
};

/**
 * Host offers: an organisation's coordinator or manager (or an admin) offers placements and decides
 * the requests for them; coordinators, managers and trainers ask for places for their organisations.
 * Every signed-in person who may ask sees the open offers; requests are seen by the offering side
 * and by the asking organisation's side only.
 */
@Injectable()
export class HostOffersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly offers: MobilitiesRepository,
    private readonly audit: AuditService,
  ) {}

  private canManage(viewer: Viewer, offer: Pick<HostOfferRow, 'organisationCountry' | 'organisationId'>): boolean {
    return Access.can(viewer, 'hostOffer.manage', {
      countryCode: offer.organisationCountry,
      organisationId: offer.organisationId,
    });
  }

  private requestModel(viewer: Viewer, r: HostOfferRequestRow): HostOfferRequestModel {
    return {
      id: r.id,
      offerId: r.offerId,
      organisation: { id: r.organisationId, name: r.organisationName, country: r.organisationCountry },
      places: r.places,
      message: r.message,
      status: r.status,
      requestedBy: r.requestedBy,
      createdAt: r.createdAt,
      decidedAt: r.decidedAt,
      decisionNote: r.decisionNote,
      mobilityId: r.mobilityId,
      canRecordMobility:
        r.status === 'ACCEPTED' && !r.mobilityId && MobilityAccess.canRecordFrom(viewer, r.organisationCountry),
    };
  }

  private async models(viewer: Viewer, rows: HostOfferRow[]): Promise<HostOfferModel[]> {
    const managed = rows.filter((o) => this.canManage(viewer, o));
    const others = rows.filter((o) => !this.canManage(viewer, o));
    const requests = [
      ...(await this.offers.requests(
        this.db.manager,
        managed.map((o) => o.id),
        null,
      )),
      ...(await this.offers.requests(
        this.db.manager,
        others.map((o) => o.id),
        organisationScope(viewer, 'hostOffer.ask'),
      )),
    ];
    return rows.map((o) => ({
      id: o.id,
      organisation: { id: o.organisationId, name: o.organisationName, country: o.organisationCountry },
      kind: o.kind,
      hostOrganisation: o.hostOrganisation,
      hostCountry: o.hostCountry,
      sector: o.sector,
      description: o.description,
      places: o.places,
      placesAccepted: o.placesAccepted,
      availableFrom: o.availableFrom,
      availableUntil: o.availableUntil,
      languages: o.languages,
      canManage: this.canManage(viewer, o),
      requests: requests.filter((r) => r.offerId === o.id).map((r) => this.requestModel(viewer, r)),
    }));
  }

  async list(viewer: Viewer, args: HostOffersArgs): Promise<HostOfferModel[]> {
    const rows = await this.offers.offers(this.db.manager, {
      kind: args.kind,
      hostCountry: args.hostCountry,
      managed: args.mine ? organisationScope(viewer, 'hostOffer.manage') : undefined,
    });
    return this.models(viewer, rows);
  }

  async get(viewer: Viewer, id: string): Promise<HostOfferModel> {
    const row = await this.offers.offer(this.db.manager, id);
    if (!row) throw Errors.notFound('Host offer');
    const [model] = await this.models(viewer, [row]);
    return model;
  }

  /** The organisations the viewer offers places for, or asks places for. */
  organisations(viewer: Viewer, purpose: 'offer' | 'ask'): Promise<MobilityOrganisationModel[]> {
    return this.offers.organisations(
      this.db.manager,
      organisationScope(viewer, purpose === 'offer' ? 'hostOffer.manage' : 'hostOffer.ask'),
    );
  }

  async offer(viewer: Viewer, input: HostOfferInput, requestId: string): Promise<string> {
    return this.db.transaction(async (manager) => {
      const organisation = await this.offers.organisation(manager, input.organisationId);
      if (!organisation) throw Errors.validation([invalid('input.organisationId', 'notNetworkOrganisation')]);
      if (
        !Access.can(viewer, 'hostOffer.manage', { countryCode: organisation.country, organisationId: organisation.id })
      )
        throw Errors.forbidden('You offer placements for your own organisations only.');
      const errors: FieldError[] = [];
      const hostCountry = input.hostCountry.toUpperCase();
      if (!(await this.offers.countryExists(manager, hostCountry)))
        errors.push(invalid('input.hostCountry', 'countryCode'));
      if (input.availableUntil < input.availableFrom) errors.push(invalid('input.availableUntil', 'notBeforeStart'));
      if (errors.length) throw Errors.validation(errors);
      const id = await this.offers.insertOffer(
        manager,
        {
          organisationId: organisation.id,
          kind: input.kind,
          hostOrganisation: input.hostOrganisation.trim(),
          hostCountry,
          sector: input.sector ?? null,
          description: input.description.trim(),
          places: input.places,
          availableFrom: input.availableFrom,
          availableUntil: input.availableUntil,
          languages: input.languages,
        },
        viewer.personId,
      );
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'offerHostPlacements',
        targetType: 'HostOffer',
        targetId: id,
        summary: `${organisation.name} offers ${input.places} ${input.kind} place(s) at ${input.hostOrganisation.trim()}`,
        requestId,
      });
      return id;
    });
  }

  async ask(viewer: Viewer, input: AskForHostPlacesInput, requestId: string): Promise<void> {
    try {
      await this.db.transaction(async (manager) => {
        const offer = await this.offers.offer(manager, input.offerId);
        if (!offer) throw Errors.notFound('Host offer');
        const organisation = await this.offers.organisation(manager, input.organisationId);
        if (!organisation) throw Errors.validation([invalid('input.organisationId', 'notNetworkOrganisation')]);
        if (
          !Access.can(viewer, 'hostOffer.ask', { countryCode: organisation.country, organisationId: organisation.id })
        )
          throw Errors.forbidden('You ask for places for your own organisations only.');
        const errors: FieldError[] = [];
        if (organisation.id === offer.organisationId)
          errors.push(invalid('input.organisationId', 'offerOwnOrganisation'));
        if (input.places > offer.places) errors.push(invalid('input.places', 'max', { max: offer.places }));
        // The window's last day included (dates are calendar days, compared in UTC).
        if (offer.availableUntil < new Date().toISOString().slice(0, 10))
          errors.push(invalid('input.offerId', 'offerClosed'));
        if (errors.length) throw Errors.validation(errors);
        const id = await this.offers.insertRequest(
          manager,
          { offerId: offer.id, organisationId: organisation.id, places: input.places, message: input.message.trim() },
          viewer.personId,
        );
        await this.audit.record(manager, {
          actorPersonId: viewer.personId,
          operation: 'askForHostPlaces',
          targetType: 'HostOfferRequest',
          targetId: id,
          summary: `${organisation.name} asked for ${input.places} place(s) at ${offer.hostOrganisation}`,
          requestId,
        });
      });
    } catch (e) {
      if (pgErrorCode(e) === PG_UNIQUE_VIOLATION)
        throw Errors.conflict('This organisation has already asked for places of this offer.');
      throw e;
    }
  }

  /**
   * Accepts or declines a request. Accepting takes its places from the offer in one conditional
   * UPDATE (row lock + check constraint), so parallel acceptances never exceed the offer's places.
   */
  async decide(
    viewer: Viewer,
    id: string,
    accept: boolean,
    note: string | null | undefined,
    requestId: string,
  ): Promise<string> {
    return this.db.transaction(async (manager) => {
      const request = await this.offers.request(manager, id, true);
      if (!request) throw Errors.notFound('Request');
      const offer = await this.offers.offer(manager, request.offerId);
      if (!offer) throw Errors.notFound('Request');
      if (!this.canManage(viewer, offer)) {
        const asker = Access.can(viewer, 'hostOffer.ask', {
          countryCode: request.organisationCountry,
          organisationId: request.organisationId,
        });
        throw asker ? Errors.forbidden('Only the offering side decides requests.') : Errors.notFound('Request');
      }
      if (request.status !== 'REQUESTED')
        throw new DomainError('ALREADY_DECIDED', 'This request has been decided already.', { status: request.status });
      if (accept && !(await this.offers.takePlaces(manager, offer.id, request.places))) {
        const current = await this.offers.offer(manager, offer.id);
        throw new DomainError('OFFER_FULL', 'The offer does not have that many free places.', {
          places: offer.places,
          free: current ? current.places - current.placesAccepted : 0,
        });
      }
      await this.offers.decide(manager, id, accept ? 'ACCEPTED' : 'DECLINED', clean(note), viewer.personId);
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'decideHostOfferRequest',
        targetType: 'HostOfferRequest',
        targetId: id,
        summary: `${accept ? 'Accepted' : 'Declined'} the request of ${request.organisationName} for ${request.places} place(s)`,
        requestId,
      });
      return offer.id;
    });
  }
}
