import { Migration } from "@medusajs/framework/mikro-orm/migrations";
import { dropTrigramIndexStatements, trigramIndexStatements } from "../../../lib/trigram-search";

const SEARCHED = ["name", "legal_name", "vat_number", "registration_number"];

// Hand-written (the model cannot declare either index): the snapshot leaves them out, so a
// generated migration neither adds nor drops them.
export class Migration20261201203000 extends Migration {

  override async up(): Promise<void> {
    // The pivot's primary key starts with the location: a member's locations (members page,
    // cart rules, a buyer's orders) need an index that starts with the membership.
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organization_membership_location_membership_id" ON "organization_membership_location" ("organization_membership_id");`);
    for (const statement of trigramIndexStatements("organization", SEARCHED)) this.addSql(statement);
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_organization_membership_location_membership_id";`);
    for (const statement of dropTrigramIndexStatements("organization", SEARCHED)) this.addSql(statement);
  }

}
