// A postal address as a block of lines (order, approval and location pages).
type Address = {
  first_name?: string | null
  last_name?: string | null
  company?: string | null
  address_1?: string | null
  address_2?: string | null
  postal_code?: string | null
  city?: string | null
  country_code?: string | null
}

export function AddressBlock({ address }: { address: Address | null | undefined }) {
  if (!address) return <p>—</p>
  const name = [address.first_name, address.last_name].filter(Boolean).join(" ")
  return (
    <address className="not-italic">
      {[name, address.company, address.address_1, address.address_2, [address.postal_code, address.city].filter(Boolean).join(" "), address.country_code?.toUpperCase()]
        .filter(Boolean)
        .map((line, index) => (
          <span key={index} className="block">
            {line}
          </span>
        ))}
    </address>
  )
}
