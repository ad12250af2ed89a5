// Projection pattern (LLaVA style): ViT encoder -> connector -> decoder over [visual; BOS prompt
// text] with the prefix mask (visual tokens see each other, text sees visual + earlier text).
// Connectors: linear (LinearProjection), mlp (MLPConnector), downsample (masked average pooling of
// pool_rows x pool_cols patches, then DownsamplingConnector's MLP), c_abstractor (CAbstractor's
// convolutions over each line's own grid, an adaptive average pool to rows / pool_rows x
// ceil(columns / pool_cols) cells at most, then its projection; lines run one at a time because
// the convolutions would otherwise mix in the padding of a wider line). Tensor names: vision.*,
// connector.*, decoder.*.
#include "block_step.h"
#include "c_abstractor.h"
#include "decoder_stack.h"
#include "downsampling_connector.h"
#include "linear_projection.h"
#include "mlp_connector.h"
#include "ctc.h"
#include "vision_encoder.h"

#include <map>

namespace vlmwb::inference {
namespace {

// A connector: the module holding its tensors and how it maps the patch grid to decoder tokens.
struct ConnectorKind {
    std::function<std::shared_ptr<torch::nn::Module>(const ModelConfig &)> build;
    // grid [batch, rows, columns, vision dim] (padding zeroed), real columns per line ->
    // grid of decoder tokens [batch, rows', columns', dim] and real columns' per line.
    std::function<torch::Tensor(torch::nn::Module &, const torch::Tensor &, std::vector<int> &, const ModelConfig &)>
        apply;
};

// Average of the real patches in each pool_rows x pool_cols window; columns' = ceil(columns / pool).
torch::Tensor maskedPool(const torch::Tensor &grid, const torch::Tensor &valid, const ModelConfig &config)
{
    const int64_t poolRows = config.connector.poolRows;
    const int64_t poolColumns = config.connector.poolCols;
    const int64_t batch = grid.size(0);
    const int64_t rows = grid.size(1);
    const int64_t columns = grid.size(2);
    const int64_t padded = (columns + poolColumns - 1) / poolColumns * poolColumns;
    const torch::Tensor weight = torch::constant_pad_nd(valid.to(grid.dtype()), {0, padded - columns}); // [b, r, c']
    const torch::Tensor values = torch::constant_pad_nd(grid, {0, 0, 0, padded - columns}) * weight.unsqueeze(-1);
    const std::vector<int64_t> windows = {batch, rows / poolRows, poolRows, padded / poolColumns, poolColumns};
    std::vector<int64_t> valueShape = windows;
    valueShape.push_back(grid.size(3));
    const torch::Tensor sum = values.view(valueShape).sum({2, 4});
    const torch::Tensor count = weight.view(windows).sum({2, 4}).clamp_min(1.0).unsqueeze(-1);
    return sum / count;
}

const std::map<std::string, ConnectorKind> &connectorKinds()
{
    static const std::map<std::string, ConnectorKind> kinds = {
        {"linear",
         {[](const ModelConfig &config) -> std::shared_ptr<torch::nn::Module> {
              return LinearProjection(config.vision.dim, config.decoder.dim).ptr();
          },
          [](torch::nn::Module &module, const torch::Tensor &grid, std::vector<int> &, const ModelConfig &) {
              return dynamic_cast<LinearProjectionImpl &>(module).forward(grid);
          }}},
        {"mlp",
         {[](const ModelConfig &config) -> std::shared_ptr<torch::nn::Module> {
              return MLPConnector(config.vision.dim, config.decoder.dim).ptr();
          },
          [](torch::nn::Module &module, const torch::Tensor &grid, std::vector<int> &, const ModelConfig &) {
              return dynamic_cast<MLPConnectorImpl &>(module).forward(grid);
          }}},
        {"downsample",
         {[](const ModelConfig &config) -> std::shared_ptr<torch::nn::Module> {
              const int rows = config.patchRows();
              return DownsamplingConnector(config.vision.dim, config.decoder.dim, rows, rows / config.connector.poolRows)
                  .ptr();
          },
          [](torch::nn::Module &module, const torch::Tensor &grid, std::vector<int> &columns, const ModelConfig &config) {
              const torch::Tensor valid = torch::arange(grid.size(2), torch::TensorOptions().device(grid.device()))
                                              .view({1, 1, -1})
                                              .lt(torch::tensor(std::vector<int64_t>(columns.begin(), columns.end()))
                                                      .to(grid.device())
                                                      .view({-1, 1, 1}))
                                              .expand({grid.size(0), grid.size(1), grid.size(2)});
              const int poolColumns = config.connector.poolCols;
              for (int &count : columns)
                  count = (count + poolColumns - 1) / poolColumns;
              return dynamic_cast<DownsamplingConnectorImpl &>(module).connector->forward(
                  maskedPool(grid, valid, config));
          }}},
        {"c_abstractor",
         {[](const ModelConfig &config) -> std::shared_ptr<torch::nn::Module> {
              const int rows = config.patchRows();
              return CAbstractor(config.vision.dim, config.decoder.dim, rows, rows / config.connector.poolRows,
                                 config.connector.convLayers)
                  .ptr();
          },
          [](torch::nn::Module &module, const torch::Tensor &grid, std::vector<int> &columns, const ModelConfig &config) {
              auto &abstractor = dynamic_cast<CAbstractorImpl &>(module);
              std::vector<torch::Tensor> lines;
              int64_t widest = 0;
              for (std::size_t line = 0; line < columns.size(); ++line) {
                  // [rows, columns, d] -> [1, d, rows, columns]
                  const torch::Tensor own = grid[static_cast<int64_t>(line)].narrow(1, 0, columns[line]);
                  torch::Tensor map = own.permute({2, 0, 1}).unsqueeze(0);
                  if (!abstractor.convolutions->is_empty())
                      map = abstractor.convolutions->forward(map);
                  const int64_t targetColumns =
                      std::min<int64_t>(map.size(3), (columns[line] + config.connector.poolCols - 1) / config.connector.poolCols);
                  map = torch::adaptive_avg_pool2d(map, {config.patchRows() / config.connector.poolRows, targetColumns});
                  lines.push_back(abstractor.projection->forward(map[0].permute({1, 2, 0})));
                  columns[line] = static_cast<int>(targetColumns);
                  widest = std::max(widest, targetColumns);
              }
              for (torch::Tensor &line : lines)
                  line = torch::constant_pad_nd(line, {0, 0, 0, widest - line.size(1)});
              return torch::stack(lines);
          }}},
    };
    return kinds;
}

const ConnectorKind &connectorKind(const ModelConfig &config)
{
    const auto found = connectorKinds().find(config.connector.kind);
    if (found == connectorKinds().end())
        throw std::runtime_error("The connector kind \"" + config.connector.kind
                                 + "\" is not available for the projection pattern in this build.");
    return found->second;
}

class ProjectionModel : public VlmModel
{
public:
    explicit ProjectionModel(const ModelConfig &config) : VlmModel(config), m_connectorKind(connectorKind(config))
    {
        m_module = std::make_shared<torch::nn::Module>("ProjectionVLM");
        m_vision = m_module->register_module("vision", VisionEncoder(config));
        m_connector = m_module->register_module("connector", m_connectorKind.build(config));
        m_decoder = m_module->register_module("decoder", TextDecoder(config, false));
        m_parts = m_decoder->parts(true);
    }

    torch::nn::Module &module() override { return *m_module; }

    VisualMemory encodeImages(const ImageBatch &images, RunContext &context) override
    {
        const VisionFeatures features = m_vision->forward(images, context);
        const int64_t batch = features.tokens.size(0);
        const torch::Tensor grid = (features.tokens * features.valid.unsqueeze(-1).to(features.tokens.dtype()))
                                       .view({batch, features.rows, features.columns, -1});
        std::vector<int> columns = images.columns;
        const torch::Tensor tokens = m_connectorKind.apply(*m_connector, grid, columns, m_config); // [b, r, c, d]
        context.macs.connector += linearStackMacs(*m_connector, tokens.size(0) * tokens.size(1) * tokens.size(2));
        // Each line's real tokens, row-major, packed at the start of its row of the batch tensor.
        VisualMemory memory;
        std::vector<torch::Tensor> lines;
        int64_t longest = 0;
        for (int64_t line = 0; line < batch; ++line) {
            const torch::Tensor real = tokens[line].narrow(1, 0, columns[line]).reshape({-1, tokens.size(3)});
            memory.lengths.push_back(real.size(0));
            longest = std::max(longest, real.size(0));
            lines.push_back(real);
        }
        for (torch::Tensor &line : lines)
            line = torch::constant_pad_nd(line, {0, 0, 0, longest - line.size(0)});
        memory.tokens = torch::stack(lines);
        memory.spans = {{SpanKind::Visual, 0, static_cast<int>(memory.lengths[0])}};
        memory.prefixPositions = longest;
        if (context.wantCtc && !m_vision->ctc_head.is_empty())
            attachCtcLogProbabilities(*m_vision, features, images.columns, memory);
        return memory;
    }

    torch::Tensor decode(DecoderState &state, const torch::Tensor &ids, RunContext &context) override
    {
        return runDecoder(m_parts, state, ids, context);
    }

private:
    const ConnectorKind &m_connectorKind;
    std::shared_ptr<torch::nn::Module> m_module;
    VisionEncoder m_vision{nullptr};
    std::shared_ptr<torch::nn::Module> m_connector;
    TextDecoder m_decoder{nullptr};
    DecoderParts m_parts;
};

} // namespace

std::unique_ptr<VlmModel> makeProjectionModel(const ModelConfig &config)
{
    return std::make_unique<ProjectionModel>(config);
}

} // namespace vlmwb::inference
