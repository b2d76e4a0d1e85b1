import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { newBadgeCode } from '../identity/badges.service';
import { CertificateEntity } from './entities/certificate.entity';

/** Certificates' verification codes: one per person, given when they first qualify. */
@Injectable()
export class CertificatesService {
  constructor(
    @InjectRepository(CertificateEntity)
    private readonly certificates: Repository<CertificateEntity>,
  ) {}

  /** The codes of these qualifying people, given now to those who have none yet. */
  async codesFor(
    eventId: string,
    personIds: readonly string[],
  ): Promise<Map<string, CertificateEntity>> {
    if (personIds.length === 0) return new Map();
    const find = () => this.certificates.findBy({ personId: In([...personIds]) });
    const known = await find();
    const missing = personIds.filter((id) => !known.some((row) => row.personId === id));
    if (missing.length === 0) return new Map(known.map((row) => [row.personId, row]));
    // Two pages asking at once both try: the person's unique key keeps the first code.
    await this.certificates
      .createQueryBuilder()
      .insert()
      .values(
        missing.map((personId) => ({
          code: newBadgeCode(),
          personId,
          eventId,
          issuedAt: new Date(),
        })),
      )
      .orIgnore()
      .execute();
    return new Map((await find()).map((row) => [row.personId, row]));
  }

  find(code: string): Promise<CertificateEntity | null> {
    return this.certificates.findOneBy({ code: code.trim().toUpperCase() });
  }
}
