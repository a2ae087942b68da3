declare namespace App {
  interface Locals {
    /** Path of the FAQ file being rendered, so MDX component errors can name it. */
    faqSource?: string;
  }
}
