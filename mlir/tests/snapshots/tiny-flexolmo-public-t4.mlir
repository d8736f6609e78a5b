#map = affine_map<(d0, d1) -> (d0)>
#map1 = affine_map<(d0, d1) -> (d0, d1)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d2)>
#map3 = affine_map<(d0, d1, d2) -> (d1, d2)>
#map4 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map5 = affine_map<(d0, d1) -> (d0, 0)>
#map6 = affine_map<(d0, d1) -> (0, d1)>
#map7 = affine_map<(d0, d1, d2, d3) -> (d1, d0, d3)>
#map8 = affine_map<(d0, d1, d2, d3) -> (d2, d0, d3)>
#map9 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map10 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map11 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map12 = affine_map<(d0, d1, d2, d3) -> (d3, d1, d2)>
module {
  func.func @forward(%arg0: tensor<4xi32>, %arg1: tensor<384x64xf32>, %arg2: tensor<64x64xf32>, %arg3: tensor<1x64xf32>, %arg4: tensor<1x64xf32>, %arg5: tensor<1x64xf32>, %arg6: tensor<1x64xf32>, %arg7: tensor<64x64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<1x64xf32>, %arg10: tensor<1x64xf32>, %arg11: tensor<1x64xf32>, %arg12: tensor<1x64xf32>, %arg13: tensor<64x64xf32>, %arg14: tensor<1x64xf32>, %arg15: tensor<384x64xf32>, %arg16: tensor<192x64xf32>, %arg17: tensor<192x64xf32>, %arg18: tensor<128x64xf32>, %arg19: tensor<128x64xf32>) -> tensor<4x384xf32> attributes {llvm.emit_c_interface} {
    %cst = arith.constant 0xFF800000 : f32
    %cst_0 = arith.constant 2.500000e-01 : f32
    %c8 = arith.constant 8 : index
    %c16 = arith.constant 16 : index
    %cst_1 = arith.constant dense<[1.000000e+00, 0.193922758, 0.0376060307, 0.00729266508, 0.00141421345, 2.74248188E-4, 5.31829573E-5, 1.03133852E-5]> : tensor<8xf32>
    %cst_2 = arith.constant 1.000000e+00 : f32
    %cst_3 = arith.constant 9.99999997E-7 : f32
    %cst_4 = arith.constant 1.562500e-02 : f32
    %cst_5 = arith.constant 0.000000e+00 : f32
    %0 = tensor.empty() : tensor<4x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<4xi32>) outs(%0 : tensor<4x64xf32>) {
    ^bb0(%in: i32, %out: f32):
      %69 = arith.index_cast %in : i32 to index
      %70 = linalg.index 1 : index
      %extracted = tensor.extract %arg1[%69, %70] : tensor<384x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<4x64xf32>
    %2 = tensor.empty() : tensor<4x192xf32>
    %3 = linalg.fill ins(%cst_5 : f32) outs(%2 : tensor<4x192xf32>) -> tensor<4x192xf32>
    %4 = linalg.generic {indexing_maps = [#map2, #map3, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%1, %arg17 : tensor<4x64xf32>, tensor<192x64xf32>) outs(%3 : tensor<4x192xf32>) {
    ^bb0(%in: f32, %in_21: f32, %out: f32):
      %69 = arith.mulf %in, %in_21 : f32
      %70 = arith.addf %out, %69 : f32
      linalg.yield %70 : f32
    } -> tensor<4x192xf32>
    %extracted_slice = tensor.extract_slice %4[0, 0] [4, 64] [1, 1] : tensor<4x192xf32> to tensor<4x64xf32>
    %5 = tensor.empty() : tensor<4x1xf32>
    %6 = linalg.fill ins(%cst_5 : f32) outs(%5 : tensor<4x1xf32>) -> tensor<4x1xf32>
    %7 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "reduction"]} ins(%extracted_slice : tensor<4x64xf32>) outs(%6 : tensor<4x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %69 = arith.mulf %in, %in : f32
      %70 = arith.addf %69, %out : f32
      linalg.yield %70 : f32
    } -> tensor<4x1xf32>
    %8 = linalg.generic {indexing_maps = [#map1, #map5, #map6, #map1], iterator_types = ["parallel", "parallel"]} ins(%extracted_slice, %7, %arg3 : tensor<4x64xf32>, tensor<4x1xf32>, tensor<1x64xf32>) outs(%0 : tensor<4x64xf32>) {
    ^bb0(%in: f32, %in_21: f32, %in_22: f32, %out: f32):
      %69 = arith.mulf %in_21, %cst_4 : f32
      %70 = arith.addf %69, %cst_3 : f32
      %71 = math.sqrt %70 : f32
      %72 = arith.divf %cst_2, %71 : f32
      %73 = arith.mulf %in, %72 : f32
      %74 = arith.mulf %73, %in_22 : f32
      linalg.yield %74 : f32
    } -> tensor<4x64xf32>
    %extracted_slice_6 = tensor.extract_slice %4[0, 64] [4, 64] [1, 1] : tensor<4x192xf32> to tensor<4x64xf32>
    %9 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "reduction"]} ins(%extracted_slice_6 : tensor<4x64xf32>) outs(%6 : tensor<4x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %69 = arith.mulf %in, %in : f32
      %70 = arith.addf %69, %out : f32
      linalg.yield %70 : f32
    } -> tensor<4x1xf32>
    %10 = linalg.generic {indexing_maps = [#map1, #map5, #map6, #map1], iterator_types = ["parallel", "parallel"]} ins(%extracted_slice_6, %9, %arg4 : tensor<4x64xf32>, tensor<4x1xf32>, tensor<1x64xf32>) outs(%0 : tensor<4x64xf32>) {
    ^bb0(%in: f32, %in_21: f32, %in_22: f32, %out: f32):
      %69 = arith.mulf %in_21, %cst_4 : f32
      %70 = arith.addf %69, %cst_3 : f32
      %71 = math.sqrt %70 : f32
      %72 = arith.divf %cst_2, %71 : f32
      %73 = arith.mulf %in, %72 : f32
      %74 = arith.mulf %73, %in_22 : f32
      linalg.yield %74 : f32
    } -> tensor<4x64xf32>
    %extracted_slice_7 = tensor.extract_slice %4[0, 128] [4, 64] [1, 1] : tensor<4x192xf32> to tensor<4x64xf32>
    %11 = linalg.generic {indexing_maps = [#map1], iterator_types = ["parallel", "parallel"]} outs(%0 : tensor<4x64xf32>) {
    ^bb0(%out: f32):
      %69 = linalg.index 0 : index
      %70 = linalg.index 1 : index
      %71 = arith.remui %70, %c16 : index
      %72 = arith.remui %71, %c8 : index
      %73 = arith.cmpi slt, %71, %c8 : index
      %74 = arith.addi %70, %c8 : index
      %75 = arith.subi %70, %c8 : index
      %76 = arith.select %73, %74, %75 : index
      %extracted = tensor.extract %8[%69, %70] : tensor<4x64xf32>
      %extracted_21 = tensor.extract %8[%69, %76] : tensor<4x64xf32>
      %extracted_22 = tensor.extract %cst_1[%72] : tensor<8xf32>
      %77 = arith.index_cast %69 : index to i64
      %78 = arith.sitofp %77 : i64 to f32
      %79 = arith.mulf %78, %extracted_22 : f32
      %80 = math.cos %79 : f32
      %81 = math.sin %79 : f32
      %82 = arith.mulf %extracted, %80 : f32
      %83 = arith.mulf %extracted_21, %81 : f32
      %84 = arith.subf %82, %83 : f32
      %85 = arith.addf %82, %83 : f32
      %86 = arith.select %73, %84, %85 : f32
      linalg.yield %86 : f32
    } -> tensor<4x64xf32>
    %12 = linalg.generic {indexing_maps = [#map1], iterator_types = ["parallel", "parallel"]} outs(%0 : tensor<4x64xf32>) {
    ^bb0(%out: f32):
      %69 = linalg.index 0 : index
      %70 = linalg.index 1 : index
      %71 = arith.remui %70, %c16 : index
      %72 = arith.remui %71, %c8 : index
      %73 = arith.cmpi slt, %71, %c8 : index
      %74 = arith.addi %70, %c8 : index
      %75 = arith.subi %70, %c8 : index
      %76 = arith.select %73, %74, %75 : index
      %extracted = tensor.extract %10[%69, %70] : tensor<4x64xf32>
      %extracted_21 = tensor.extract %10[%69, %76] : tensor<4x64xf32>
      %extracted_22 = tensor.extract %cst_1[%72] : tensor<8xf32>
      %77 = arith.index_cast %69 : index to i64
      %78 = arith.sitofp %77 : i64 to f32
      %79 = arith.mulf %78, %extracted_22 : f32
      %80 = math.cos %79 : f32
      %81 = math.sin %79 : f32
      %82 = arith.mulf %extracted, %80 : f32
      %83 = arith.mulf %extracted_21, %81 : f32
      %84 = arith.subf %82, %83 : f32
      %85 = arith.addf %82, %83 : f32
      %86 = arith.select %73, %84, %85 : f32
      linalg.yield %86 : f32
    } -> tensor<4x64xf32>
    %expanded = tensor.expand_shape %11 [[0], [1, 2]] output_shape [4, 4, 16] : tensor<4x64xf32> into tensor<4x4x16xf32>
    %expanded_8 = tensor.expand_shape %12 [[0], [1, 2]] output_shape [4, 4, 16] : tensor<4x64xf32> into tensor<4x4x16xf32>
    %expanded_9 = tensor.expand_shape %extracted_slice_7 [[0], [1, 2]] output_shape [4, 4, 16] : tensor<4x64xf32> into tensor<4x4x16xf32>
    %13 = tensor.empty() : tensor<4x4x4xf32>
    %14 = linalg.fill ins(%cst_5 : f32) outs(%13 : tensor<4x4x4xf32>) -> tensor<4x4x4xf32>
    %15 = linalg.generic {indexing_maps = [#map7, #map8, #map9], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%expanded, %expanded_8 : tensor<4x4x16xf32>, tensor<4x4x16xf32>) outs(%14 : tensor<4x4x4xf32>) {
    ^bb0(%in: f32, %in_21: f32, %out: f32):
      %69 = arith.mulf %in, %in_21 : f32
      %70 = arith.addf %out, %69 : f32
      linalg.yield %70 : f32
    } -> tensor<4x4x4xf32>
    %16 = linalg.generic {indexing_maps = [#map10, #map10], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15 : tensor<4x4x4xf32>) outs(%13 : tensor<4x4x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %69 = linalg.index 1 : index
      %70 = linalg.index 2 : index
      %71 = arith.mulf %in, %cst_0 : f32
      %72 = arith.cmpi ule, %70, %69 : index
      %73 = arith.select %72, %71, %cst : f32
      linalg.yield %73 : f32
    } -> tensor<4x4x4xf32>
    %17 = tensor.empty() : tensor<4x4x1xf32>
    %18 = linalg.fill ins(%cst : f32) outs(%17 : tensor<4x4x1xf32>) -> tensor<4x4x1xf32>
    %19 = linalg.generic {indexing_maps = [#map10, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%16 : tensor<4x4x4xf32>) outs(%18 : tensor<4x4x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %69 = arith.maximumf %in, %out : f32
      linalg.yield %69 : f32
    } -> tensor<4x4x1xf32>
    %20 = linalg.generic {indexing_maps = [#map10, #map11, #map10], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16, %19 : tensor<4x4x4xf32>, tensor<4x4x1xf32>) outs(%13 : tensor<4x4x4xf32>) {
    ^bb0(%in: f32, %in_21: f32, %out: f32):
      %69 = arith.subf %in, %in_21 : f32
      %70 = math.exp %69 : f32
      linalg.yield %70 : f32
    } -> tensor<4x4x4xf32>
    %21 = linalg.fill ins(%cst_5 : f32) outs(%17 : tensor<4x4x1xf32>) -> tensor<4x4x1xf32>
    %22 = linalg.generic {indexing_maps = [#map10, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%20 : tensor<4x4x4xf32>) outs(%21 : tensor<4x4x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %69 = arith.addf %in, %out : f32
      linalg.yield %69 : f32
    } -> tensor<4x4x1xf32>
    %23 = linalg.generic {indexing_maps = [#map10, #map11, #map10], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20, %22 : tensor<4x4x4xf32>, tensor<4x4x1xf32>) outs(%13 : tensor<4x4x4xf32>) {
    ^bb0(%in: f32, %in_21: f32, %out: f32):
      %69 = arith.divf %in, %in_21 : f32
      linalg.yield %69 : f32
    } -> tensor<4x4x4xf32>
    %24 = tensor.empty() : tensor<4x4x16xf32>
    %25 = linalg.fill ins(%cst_5 : f32) outs(%24 : tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %26 = linalg.generic {indexing_maps = [#map7, #map12, #map9], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%23, %expanded_9 : tensor<4x4x4xf32>, tensor<4x4x16xf32>) outs(%25 : tensor<4x4x16xf32>) {
    ^bb0(%in: f32, %in_21: f32, %out: f32):
      %69 = arith.mulf %in, %in_21 : f32
      %70 = arith.addf %out, %69 : f32
      linalg.yield %70 : f32
    } -> tensor<4x4x16xf32>
    %collapsed = tensor.collapse_shape %26 [[0], [1, 2]] : tensor<4x4x16xf32> into tensor<4x64xf32>
    %27 = linalg.fill ins(%cst_5 : f32) outs(%0 : tensor<4x64xf32>) -> tensor<4x64xf32>
    %28 = linalg.generic {indexing_maps = [#map2, #map3, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%collapsed, %arg2 : tensor<4x64xf32>, tensor<64x64xf32>) outs(%27 : tensor<4x64xf32>) {
    ^bb0(%in: f32, %in_21: f32, %out: f32):
      %69 = arith.mulf %in, %in_21 : f32
      %70 = arith.addf %out, %69 : f32
      linalg.yield %70 : f32
    } -> tensor<4x64xf32>
    %29 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "reduction"]} ins(%28 : tensor<4x64xf32>) outs(%6 : tensor<4x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %69 = arith.mulf %in, %in : f32
      %70 = arith.addf %69, %out : f32
      linalg.yield %70 : f32
    } -> tensor<4x1xf32>
    %30 = linalg.generic {indexing_maps = [#map1, #map5, #map6, #map1], iterator_types = ["parallel", "parallel"]} ins(%28, %29, %arg5 : tensor<4x64xf32>, tensor<4x1xf32>, tensor<1x64xf32>) outs(%0 : tensor<4x64xf32>) {
    ^bb0(%in: f32, %in_21: f32, %in_22: f32, %out: f32):
      %69 = arith.mulf %in_21, %cst_4 : f32
      %70 = arith.addf %69, %cst_3 : f32
      %71 = math.sqrt %70 : f32
      %72 = arith.divf %cst_2, %71 : f32
      %73 = arith.mulf %in, %72 : f32
      %74 = arith.mulf %73, %in_22 : f32
      linalg.yield %74 : f32
    } -> tensor<4x64xf32>
    %31 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%1, %30 : tensor<4x64xf32>, tensor<4x64xf32>) outs(%0 : tensor<4x64xf32>) {
    ^bb0(%in: f32, %in_21: f32, %out: f32):
      %69 = arith.addf %in, %in_21 : f32
      linalg.yield %69 : f32
    } -> tensor<4x64xf32>
    %extracted_slice_10 = tensor.extract_slice %arg18[0, 0] [64, 64] [1, 1] : tensor<128x64xf32> to tensor<64x64xf32>
    %extracted_slice_11 = tensor.extract_slice %arg18[64, 0] [64, 64] [1, 1] : tensor<128x64xf32> to tensor<64x64xf32>
    %32 = linalg.generic {indexing_maps = [#map2, #map3, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%31, %extracted_slice_10 : tensor<4x64xf32>, tensor<64x64xf32>) outs(%27 : tensor<4x64xf32>) {
    ^bb0(%in: f32, %in_21: f32, %out: f32):
      %69 = arith.mulf %in, %in_21 : f32
      %70 = arith.addf %out, %69 : f32
      linalg.yield %70 : f32
    } -> tensor<4x64xf32>
    %33 = linalg.generic {indexing_maps = [#map2, #map3, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%31, %extracted_slice_11 : tensor<4x64xf32>, tensor<64x64xf32>) outs(%27 : tensor<4x64xf32>) {
    ^bb0(%in: f32, %in_21: f32, %out: f32):
      %69 = arith.mulf %in, %in_21 : f32
      %70 = arith.addf %out, %69 : f32
      linalg.yield %70 : f32
    } -> tensor<4x64xf32>
    %34 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%32, %33 : tensor<4x64xf32>, tensor<4x64xf32>) outs(%0 : tensor<4x64xf32>) {
    ^bb0(%in: f32, %in_21: f32, %out: f32):
      %69 = arith.negf %in : f32
      %70 = math.exp %69 : f32
      %71 = arith.addf %70, %cst_2 : f32
      %72 = arith.divf %in, %71 : f32
      %73 = arith.mulf %72, %in_21 : f32
      linalg.yield %73 : f32
    } -> tensor<4x64xf32>
    %35 = linalg.generic {indexing_maps = [#map2, #map3, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%34, %arg7 : tensor<4x64xf32>, tensor<64x64xf32>) outs(%27 : tensor<4x64xf32>) {
    ^bb0(%in: f32, %in_21: f32, %out: f32):
      %69 = arith.mulf %in, %in_21 : f32
      %70 = arith.addf %out, %69 : f32
      linalg.yield %70 : f32
    } -> tensor<4x64xf32>
    %36 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "reduction"]} ins(%35 : tensor<4x64xf32>) outs(%6 : tensor<4x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %69 = arith.mulf %in, %in : f32
      %70 = arith.addf %69, %out : f32
      linalg.yield %70 : f32
    } -> tensor<4x1xf32>
    %37 = linalg.generic {indexing_maps = [#map1, #map5, #map6, #map1], iterator_types = ["parallel", "parallel"]} ins(%35, %36, %arg6 : tensor<4x64xf32>, tensor<4x1xf32>, tensor<1x64xf32>) outs(%0 : tensor<4x64xf32>) {
    ^bb0(%in: f32, %in_21: f32, %in_22: f32, %out: f32):
      %69 = arith.mulf %in_21, %cst_4 : f32
      %70 = arith.addf %69, %cst_3 : f32
      %71 = math.sqrt %70 : f32
      %72 = arith.divf %cst_2, %71 : f32
      %73 = arith.mulf %in, %72 : f32
      %74 = arith.mulf %73, %in_22 : f32
      linalg.yield %74 : f32
    } -> tensor<4x64xf32>
    %38 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%31, %37 : tensor<4x64xf32>, tensor<4x64xf32>) outs(%0 : tensor<4x64xf32>) {
    ^bb0(%in: f32, %in_21: f32, %out: f32):
      %69 = arith.addf %in, %in_21 : f32
      linalg.yield %69 : f32
    } -> tensor<4x64xf32>
    %39 = linalg.generic {indexing_maps = [#map2, #map3, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%38, %arg16 : tensor<4x64xf32>, tensor<192x64xf32>) outs(%3 : tensor<4x192xf32>) {
    ^bb0(%in: f32, %in_21: f32, %out: f32):
      %69 = arith.mulf %in, %in_21 : f32
      %70 = arith.addf %out, %69 : f32
      linalg.yield %70 : f32
    } -> tensor<4x192xf32>
    %extracted_slice_12 = tensor.extract_slice %39[0, 0] [4, 64] [1, 1] : tensor<4x192xf32> to tensor<4x64xf32>
    %40 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "reduction"]} ins(%extracted_slice_12 : tensor<4x64xf32>) outs(%6 : tensor<4x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %69 = arith.mulf %in, %in : f32
      %70 = arith.addf %69, %out : f32
      linalg.yield %70 : f32
    } -> tensor<4x1xf32>
    %41 = linalg.generic {indexing_maps = [#map1, #map5, #map6, #map1], iterator_types = ["parallel", "parallel"]} ins(%extracted_slice_12, %40, %arg9 : tensor<4x64xf32>, tensor<4x1xf32>, tensor<1x64xf32>) outs(%0 : tensor<4x64xf32>) {
    ^bb0(%in: f32, %in_21: f32, %in_22: f32, %out: f32):
      %69 = arith.mulf %in_21, %cst_4 : f32
      %70 = arith.addf %69, %cst_3 : f32
      %71 = math.sqrt %70 : f32
      %72 = arith.divf %cst_2, %71 : f32
      %73 = arith.mulf %in, %72 : f32
      %74 = arith.mulf %73, %in_22 : f32
      linalg.yield %74 : f32
    } -> tensor<4x64xf32>
    %extracted_slice_13 = tensor.extract_slice %39[0, 64] [4, 64] [1, 1] : tensor<4x192xf32> to tensor<4x64xf32>
    %42 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "reduction"]} ins(%extracted_slice_13 : tensor<4x64xf32>) outs(%6 : tensor<4x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %69 = arith.mulf %in, %in : f32
      %70 = arith.addf %69, %out : f32
      linalg.yield %70 : f32
    } -> tensor<4x1xf32>
    %43 = linalg.generic {indexing_maps = [#map1, #map5, #map6, #map1], iterator_types = ["parallel", "parallel"]} ins(%extracted_slice_13, %42, %arg10 : tensor<4x64xf32>, tensor<4x1xf32>, tensor<1x64xf32>) outs(%0 : tensor<4x64xf32>) {
    ^bb0(%in: f32, %in_21: f32, %in_22: f32, %out: f32):
      %69 = arith.mulf %in_21, %cst_4 : f32
      %70 = arith.addf %69, %cst_3 : f32
      %71 = math.sqrt %70 : f32
      %72 = arith.divf %cst_2, %71 : f32
      %73 = arith.mulf %in, %72 : f32
      %74 = arith.mulf %73, %in_22 : f32
      linalg.yield %74 : f32
    } -> tensor<4x64xf32>
    %extracted_slice_14 = tensor.extract_slice %39[0, 128] [4, 64] [1, 1] : tensor<4x192xf32> to tensor<4x64xf32>
    %44 = linalg.generic {indexing_maps = [#map1], iterator_types = ["parallel", "parallel"]} outs(%0 : tensor<4x64xf32>) {
    ^bb0(%out: f32):
      %69 = linalg.index 0 : index
      %70 = linalg.index 1 : index
      %71 = arith.remui %70, %c16 : index
      %72 = arith.remui %71, %c8 : index
      %73 = arith.cmpi slt, %71, %c8 : index
      %74 = arith.addi %70, %c8 : index
      %75 = arith.subi %70, %c8 : index
      %76 = arith.select %73, %74, %75 : index
      %extracted = tensor.extract %41[%69, %70] : tensor<4x64xf32>
      %extracted_21 = tensor.extract %41[%69, %76] : tensor<4x64xf32>
      %extracted_22 = tensor.extract %cst_1[%72] : tensor<8xf32>
      %77 = arith.index_cast %69 : index to i64
      %78 = arith.sitofp %77 : i64 to f32
      %79 = arith.mulf %78, %extracted_22 : f32
      %80 = math.cos %79 : f32
      %81 = math.sin %79 : f32
      %82 = arith.mulf %extracted, %80 : f32
      %83 = arith.mulf %extracted_21, %81 : f32
      %84 = arith.subf %82, %83 : f32
      %85 = arith.addf %82, %83 : f32
      %86 = arith.select %73, %84, %85 : f32
      linalg.yield %86 : f32
    } -> tensor<4x64xf32>
    %45 = linalg.generic {indexing_maps = [#map1], iterator_types = ["parallel", "parallel"]} outs(%0 : tensor<4x64xf32>) {
    ^bb0(%out: f32):
      %69 = linalg.index 0 : index
      %70 = linalg.index 1 : index
      %71 = arith.remui %70, %c16 : index
      %72 = arith.remui %71, %c8 : index
      %73 = arith.cmpi slt, %71, %c8 : index
      %74 = arith.addi %70, %c8 : index
      %75 = arith.subi %70, %c8 : index
      %76 = arith.select %73, %74, %75 : index
      %extracted = tensor.extract %43[%69, %70] : tensor<4x64xf32>
      %extracted_21 = tensor.extract %43[%69, %76] : tensor<4x64xf32>
      %extracted_22 = tensor.extract %cst_1[%72] : tensor<8xf32>
      %77 = arith.index_cast %69 : index to i64
      %78 = arith.sitofp %77 : i64 to f32
      %79 = arith.mulf %78, %extracted_22 : f32
      %80 = math.cos %79 : f32
      %81 = math.sin %79 : f32
      %82 = arith.mulf %extracted, %80 : f32
      %83 = arith.mulf %extracted_21, %81 : f32
      %84 = arith.subf %82, %83 : f32
      %85 = arith.addf %82, %83 : f32
      %86 = arith.select %73, %84, %85 : f32
      linalg.yield %86 : f32
    } -> tensor<4x64xf32>
    %expanded_15 = tensor.expand_shape %44 [[0], [1, 2]] output_shape [4, 4, 16] : tensor<4x64xf32> into tensor<4x4x16xf32>
    %expanded_16 = tensor.expand_shape %45 [[0], [1, 2]] output_shape [4, 4, 16] : tensor<4x64xf32> into tensor<4x4x16xf32>
    %expanded_17 = tensor.expand_shape %extracted_slice_14 [[0], [1, 2]] output_shape [4, 4, 16] : tensor<4x64xf32> into tensor<4x4x16xf32>
    %46 = linalg.generic {indexing_maps = [#map7, #map8, #map9], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%expanded_15, %expanded_16 : tensor<4x4x16xf32>, tensor<4x4x16xf32>) outs(%14 : tensor<4x4x4xf32>) {
    ^bb0(%in: f32, %in_21: f32, %out: f32):
      %69 = arith.mulf %in, %in_21 : f32
      %70 = arith.addf %out, %69 : f32
      linalg.yield %70 : f32
    } -> tensor<4x4x4xf32>
    %47 = linalg.generic {indexing_maps = [#map10, #map10], iterator_types = ["parallel", "parallel", "parallel"]} ins(%46 : tensor<4x4x4xf32>) outs(%13 : tensor<4x4x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %69 = linalg.index 1 : index
      %70 = linalg.index 2 : index
      %71 = arith.mulf %in, %cst_0 : f32
      %72 = arith.cmpi ule, %70, %69 : index
      %73 = arith.select %72, %71, %cst : f32
      linalg.yield %73 : f32
    } -> tensor<4x4x4xf32>
    %48 = linalg.generic {indexing_maps = [#map10, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%47 : tensor<4x4x4xf32>) outs(%18 : tensor<4x4x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %69 = arith.maximumf %in, %out : f32
      linalg.yield %69 : f32
    } -> tensor<4x4x1xf32>
    %49 = linalg.generic {indexing_maps = [#map10, #map11, #map10], iterator_types = ["parallel", "parallel", "parallel"]} ins(%47, %48 : tensor<4x4x4xf32>, tensor<4x4x1xf32>) outs(%13 : tensor<4x4x4xf32>) {
    ^bb0(%in: f32, %in_21: f32, %out: f32):
      %69 = arith.subf %in, %in_21 : f32
      %70 = math.exp %69 : f32
      linalg.yield %70 : f32
    } -> tensor<4x4x4xf32>
    %50 = linalg.generic {indexing_maps = [#map10, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%49 : tensor<4x4x4xf32>) outs(%21 : tensor<4x4x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %69 = arith.addf %in, %out : f32
      linalg.yield %69 : f32
    } -> tensor<4x4x1xf32>
    %51 = linalg.generic {indexing_maps = [#map10, #map11, #map10], iterator_types = ["parallel", "parallel", "parallel"]} ins(%49, %50 : tensor<4x4x4xf32>, tensor<4x4x1xf32>) outs(%13 : tensor<4x4x4xf32>) {
    ^bb0(%in: f32, %in_21: f32, %out: f32):
      %69 = arith.divf %in, %in_21 : f32
      linalg.yield %69 : f32
    } -> tensor<4x4x4xf32>
    %52 = linalg.generic {indexing_maps = [#map7, #map12, #map9], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%51, %expanded_17 : tensor<4x4x4xf32>, tensor<4x4x16xf32>) outs(%25 : tensor<4x4x16xf32>) {
    ^bb0(%in: f32, %in_21: f32, %out: f32):
      %69 = arith.mulf %in, %in_21 : f32
      %70 = arith.addf %out, %69 : f32
      linalg.yield %70 : f32
    } -> tensor<4x4x16xf32>
    %collapsed_18 = tensor.collapse_shape %52 [[0], [1, 2]] : tensor<4x4x16xf32> into tensor<4x64xf32>
    %53 = linalg.generic {indexing_maps = [#map2, #map3, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%collapsed_18, %arg8 : tensor<4x64xf32>, tensor<64x64xf32>) outs(%27 : tensor<4x64xf32>) {
    ^bb0(%in: f32, %in_21: f32, %out: f32):
      %69 = arith.mulf %in, %in_21 : f32
      %70 = arith.addf %out, %69 : f32
      linalg.yield %70 : f32
    } -> tensor<4x64xf32>
    %54 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "reduction"]} ins(%53 : tensor<4x64xf32>) outs(%6 : tensor<4x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %69 = arith.mulf %in, %in : f32
      %70 = arith.addf %69, %out : f32
      linalg.yield %70 : f32
    } -> tensor<4x1xf32>
    %55 = linalg.generic {indexing_maps = [#map1, #map5, #map6, #map1], iterator_types = ["parallel", "parallel"]} ins(%53, %54, %arg11 : tensor<4x64xf32>, tensor<4x1xf32>, tensor<1x64xf32>) outs(%0 : tensor<4x64xf32>) {
    ^bb0(%in: f32, %in_21: f32, %in_22: f32, %out: f32):
      %69 = arith.mulf %in_21, %cst_4 : f32
      %70 = arith.addf %69, %cst_3 : f32
      %71 = math.sqrt %70 : f32
      %72 = arith.divf %cst_2, %71 : f32
      %73 = arith.mulf %in, %72 : f32
      %74 = arith.mulf %73, %in_22 : f32
      linalg.yield %74 : f32
    } -> tensor<4x64xf32>
    %56 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%38, %55 : tensor<4x64xf32>, tensor<4x64xf32>) outs(%0 : tensor<4x64xf32>) {
    ^bb0(%in: f32, %in_21: f32, %out: f32):
      %69 = arith.addf %in, %in_21 : f32
      linalg.yield %69 : f32
    } -> tensor<4x64xf32>
    %extracted_slice_19 = tensor.extract_slice %arg19[0, 0] [64, 64] [1, 1] : tensor<128x64xf32> to tensor<64x64xf32>
    %extracted_slice_20 = tensor.extract_slice %arg19[64, 0] [64, 64] [1, 1] : tensor<128x64xf32> to tensor<64x64xf32>
    %57 = linalg.generic {indexing_maps = [#map2, #map3, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%56, %extracted_slice_19 : tensor<4x64xf32>, tensor<64x64xf32>) outs(%27 : tensor<4x64xf32>) {
    ^bb0(%in: f32, %in_21: f32, %out: f32):
      %69 = arith.mulf %in, %in_21 : f32
      %70 = arith.addf %out, %69 : f32
      linalg.yield %70 : f32
    } -> tensor<4x64xf32>
    %58 = linalg.generic {indexing_maps = [#map2, #map3, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%56, %extracted_slice_20 : tensor<4x64xf32>, tensor<64x64xf32>) outs(%27 : tensor<4x64xf32>) {
    ^bb0(%in: f32, %in_21: f32, %out: f32):
      %69 = arith.mulf %in, %in_21 : f32
      %70 = arith.addf %out, %69 : f32
      linalg.yield %70 : f32
    } -> tensor<4x64xf32>
    %59 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%57, %58 : tensor<4x64xf32>, tensor<4x64xf32>) outs(%0 : tensor<4x64xf32>) {
    ^bb0(%in: f32, %in_21: f32, %out: f32):
      %69 = arith.negf %in : f32
      %70 = math.exp %69 : f32
      %71 = arith.addf %70, %cst_2 : f32
      %72 = arith.divf %in, %71 : f32
      %73 = arith.mulf %72, %in_21 : f32
      linalg.yield %73 : f32
    } -> tensor<4x64xf32>
    %60 = linalg.generic {indexing_maps = [#map2, #map3, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%59, %arg13 : tensor<4x64xf32>, tensor<64x64xf32>) outs(%27 : tensor<4x64xf32>) {
    ^bb0(%in: f32, %in_21: f32, %out: f32):
      %69 = arith.mulf %in, %in_21 : f32
      %70 = arith.addf %out, %69 : f32
      linalg.yield %70 : f32
    } -> tensor<4x64xf32>
    %61 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "reduction"]} ins(%60 : tensor<4x64xf32>) outs(%6 : tensor<4x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %69 = arith.mulf %in, %in : f32
      %70 = arith.addf %69, %out : f32
      linalg.yield %70 : f32
    } -> tensor<4x1xf32>
    %62 = linalg.generic {indexing_maps = [#map1, #map5, #map6, #map1], iterator_types = ["parallel", "parallel"]} ins(%60, %61, %arg12 : tensor<4x64xf32>, tensor<4x1xf32>, tensor<1x64xf32>) outs(%0 : tensor<4x64xf32>) {
    ^bb0(%in: f32, %in_21: f32, %in_22: f32, %out: f32):
      %69 = arith.mulf %in_21, %cst_4 : f32
      %70 = arith.addf %69, %cst_3 : f32
      %71 = math.sqrt %70 : f32
      %72 = arith.divf %cst_2, %71 : f32
      %73 = arith.mulf %in, %72 : f32
      %74 = arith.mulf %73, %in_22 : f32
      linalg.yield %74 : f32
    } -> tensor<4x64xf32>
    %63 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%56, %62 : tensor<4x64xf32>, tensor<4x64xf32>) outs(%0 : tensor<4x64xf32>) {
    ^bb0(%in: f32, %in_21: f32, %out: f32):
      %69 = arith.addf %in, %in_21 : f32
      linalg.yield %69 : f32
    } -> tensor<4x64xf32>
    %64 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "reduction"]} ins(%63 : tensor<4x64xf32>) outs(%6 : tensor<4x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %69 = arith.mulf %in, %in : f32
      %70 = arith.addf %69, %out : f32
      linalg.yield %70 : f32
    } -> tensor<4x1xf32>
    %65 = linalg.generic {indexing_maps = [#map1, #map5, #map6, #map1], iterator_types = ["parallel", "parallel"]} ins(%63, %64, %arg14 : tensor<4x64xf32>, tensor<4x1xf32>, tensor<1x64xf32>) outs(%0 : tensor<4x64xf32>) {
    ^bb0(%in: f32, %in_21: f32, %in_22: f32, %out: f32):
      %69 = arith.mulf %in_21, %cst_4 : f32
      %70 = arith.addf %69, %cst_3 : f32
      %71 = math.sqrt %70 : f32
      %72 = arith.divf %cst_2, %71 : f32
      %73 = arith.mulf %in, %72 : f32
      %74 = arith.mulf %73, %in_22 : f32
      linalg.yield %74 : f32
    } -> tensor<4x64xf32>
    %66 = tensor.empty() : tensor<4x384xf32>
    %67 = linalg.fill ins(%cst_5 : f32) outs(%66 : tensor<4x384xf32>) -> tensor<4x384xf32>
    %68 = linalg.generic {indexing_maps = [#map2, #map3, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%65, %arg15 : tensor<4x64xf32>, tensor<384x64xf32>) outs(%67 : tensor<4x384xf32>) {
    ^bb0(%in: f32, %in_21: f32, %out: f32):
      %69 = arith.mulf %in, %in_21 : f32
      %70 = arith.addf %out, %69 : f32
      linalg.yield %70 : f32
    } -> tensor<4x384xf32>
    return %68 : tensor<4x384xf32>
  }
}
