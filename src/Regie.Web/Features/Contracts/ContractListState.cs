using Regie.Web.Features.Procurement;

namespace Regie.Web.Features.Contracts;

/// <summary>The contract list's state; the newest start date comes first.</summary>
public sealed class ContractListState() : CategoryListState<ContractStatus>("start");
