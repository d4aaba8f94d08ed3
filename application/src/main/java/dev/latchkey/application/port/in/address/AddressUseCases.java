package dev.latchkey.application.port.in.address;

/** The use cases of the customer's address book. */
public record AddressUseCases(
        AddAddressUseCase add,
        ListAddressesUseCase list,
        GetAddressUseCase get,
        UpdateAddressUseCase update,
        DeleteAddressUseCase delete,
        ChangeAddressTagsUseCase changeTags) {}
